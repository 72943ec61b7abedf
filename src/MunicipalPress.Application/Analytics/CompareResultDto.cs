namespace MunicipalPress.Application.Analytics;

/// <summary>A comparison: one table per indicator, a row per municipality, a cell per year.</summary>
public sealed record CompareResultDto(
    IReadOnlyList<int> Years,
    bool PerCapita,
    IReadOnlyList<CompareIndicatorDto> Indicators,
    CountedReports Counted);
