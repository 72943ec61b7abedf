using MunicipalPress.Domain.Reporting;

namespace MunicipalPress.Application.ReportingYears;

/// <summary>Who has reported for a year: counts per category and the list by region.</summary>
public sealed record CompletenessDto(
    int Year,
    ReportingYearState State,
    DateOnly Deadline,
    IReadOnlyDictionary<CompletenessCategory, int> Counts,
    IReadOnlyList<RegionCompletenessDto> Regions);
