namespace MunicipalPress.Application.Digests;

/// <summary>One city's main figures (null: not reported; per 10,000 is null too when the population is unknown).</summary>
public sealed record DigestSummaryRow(DigestEntry Entry, int? Population, IReadOnlyList<decimal?> Values, IReadOnlyList<decimal?> PerTenThousand);
