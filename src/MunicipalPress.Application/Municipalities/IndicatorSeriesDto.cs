using MunicipalPress.Application.Reports;

namespace MunicipalPress.Application.Municipalities;

/// <summary>One indicator over every reporting year, oldest first; a year without a (visible) value is null.</summary>
public sealed record IndicatorSeriesDto(int IndicatorId, string Code, IReadOnlyList<IndicatorPointDto> Points);
