namespace MunicipalPress.Application.Digests;

/// <summary>The closing table: the main indicators across the digest's cities, as reported and per 10,000 residents.</summary>
public sealed record DigestSummary(IReadOnlyList<DigestSummaryColumn> Columns, IReadOnlyList<DigestSummaryRow> Rows);
