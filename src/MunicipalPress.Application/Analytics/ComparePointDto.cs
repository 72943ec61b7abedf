namespace MunicipalPress.Application.Analytics;

/// <summary>
/// One year's value. Null means no reported value (never zero). ChangePercent is against the previous year
/// when both exist and the previous is not zero.
/// </summary>
public sealed record ComparePointDto(int Year, decimal? Value, decimal? ChangePercent);
