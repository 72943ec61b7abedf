namespace MunicipalPress.Domain.Reports;

/// <summary>
/// The whole editable content of a report, as a form or an API client sends it. Entries with an Id update
/// the existing entry, entries without one are new, existing entries not listed are removed; list order is
/// the display order.
/// </summary>
public sealed record ReportContent(
    IReadOnlyList<AchievementDraft> Achievements,
    IReadOnlyList<PlannedTaskDraft> PlannedTasks,
    IReadOnlyList<IndicatorValueDraft> IndicatorValues,
    IReadOnlyList<PeerHighlightDraft> PeerHighlights);
