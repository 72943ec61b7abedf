using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Components.Pages.My;

/// <summary>What a report still lacks before it can go: achievements, required figures, outcomes of last year's tasks.</summary>
public sealed record ReportGaps(
    bool NoAchievements,
    IReadOnlyList<IndicatorDto> MissingRequired,
    IReadOnlyList<PlannedTaskDto> TasksWithoutOutcome)
{
    public bool IsEmpty => !NoAchievements && MissingRequired.Count == 0 && TasksWithoutOutcome.Count == 0;

    /// <param name="report">This year's report; null when it has not been started.</param>
    /// <param name="previous">Last year's report of the same city, whose tasks get their outcomes now.</param>
    public static ReportGaps Of(ReportDto? report, ReportDto? previous, IReadOnlyList<IndicatorDto> catalogue)
    {
        var filled = report?.IndicatorValues.Select(v => v.IndicatorId).ToHashSet() ?? [];
        return new ReportGaps(
            report is null || report.Achievements.Count == 0,
            catalogue.Where(i => i.IsActive && i.IsRequired && !filled.Contains(i.Id)).ToList(),
            previous?.PlannedTasks.Where(t => t.Outcome is null).ToList() ?? []);
    }
}
