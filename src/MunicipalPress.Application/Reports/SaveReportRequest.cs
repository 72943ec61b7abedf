namespace MunicipalPress.Application.Reports;

/// <summary>
/// The body of PUT /api/v1/reports/{id}: the report's whole editable content, with the field names of GET.
/// Entries with an id update that entry; entries without one are added; entries left out are removed.
/// </summary>
public sealed record SaveReportRequest(
    IReadOnlyList<AchievementInput>? Achievements,
    IReadOnlyList<PlannedTaskInput>? PlannedTasks,
    IReadOnlyList<IndicatorValueInput>? IndicatorValues,
    IReadOnlyList<PeerHighlightInput>? PeerHighlights,
    IReadOnlyList<TaskOutcomeInput>? PreviousTaskOutcomes = null);
