namespace MunicipalPress.Application.Digests;

public sealed record DigestSummaryColumn(string Code, string Name, string Unit);
