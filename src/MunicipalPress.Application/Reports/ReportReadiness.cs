using MunicipalPress.Application.Indicators;

namespace MunicipalPress.Application.Reports;

/// <summary>
/// What a report still lacks. <see cref="Blocking"/> is the submission rule itself (the domain's
/// <c>FindSubmissionProblems</c>): while it is not empty the report cannot be sent. <see cref="Advisory"/> does not stop
/// submission but a complete report has it: tasks for next year, every indicator, last year's tasks assessed.
/// </summary>
public sealed record ReportReadiness(IReadOnlyList<ReadinessGap> Blocking, IReadOnlyList<ReadinessGap> Advisory)
{
    public bool CanSubmit => Blocking.Count == 0;

    public bool IsComplete => CanSubmit && Advisory.Count == 0;
}

/// <param name="Field">The form field it concerns (as in validation errors): "achievements", an indicator code, "plannedTasks"…</param>
/// <param name="Count">How many (blank indicators, unassessed tasks); 0 where it is not a count.</param>
/// <param name="Of">Out of how many (the indicators in the catalogue); 0 where it is not a count.</param>
/// <param name="Indicator">The indicator it concerns, if one.</param>
public sealed record ReadinessGap(ReadinessGapKind Kind, string Field, int Count = 0, int Of = 0, IndicatorDto? Indicator = null);

public enum ReadinessGapKind
{
    NoAchievements,
    RequiredIndicatorMissing,
    IndicatorValueInvalid,
    NoPlannedTasks,
    IndicatorsBlank,
    PreviousTasksNotAssessed,
}
