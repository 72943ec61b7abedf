using MunicipalPress.Domain.Reporting;

namespace MunicipalPress.Application.ReportingYears;

/// <summary>
/// Who has reported for a year: counts per category and the list by region. Each report is in one category (where it
/// stands now); <see cref="Late"/> counts the reports submitted after the deadline whatever became of them since, so a
/// late report that was approved still counts as late.
/// </summary>
public sealed record CompletenessDto(
    int Year,
    ReportingYearState State,
    DateOnly Deadline,
    IReadOnlyDictionary<CompletenessCategory, int> Counts,
    int Late,
    IReadOnlyList<RegionCompletenessDto> Regions);
