namespace MunicipalPress.Application.Reports;

/// <summary>One year of an indicator's series; Value is null when the year has no (visible) value.</summary>
public sealed record IndicatorPointDto(int Year, decimal? Value);
