using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// One save: the request, and the form's entries in the order they were sent, so the stored ids can be given
/// back to the right entries and an error about <c>achievements[2]</c> found in the form. <see cref="HeldBack"/>
/// counts what the form keeps but did not send (entries without text, values that are not valid).
/// </summary>
public sealed record SaveBatch(
    SaveReportRequest Request,
    IReadOnlyList<AchievementEntry> Achievements,
    IReadOnlyList<PlannedTaskEntry> PlannedTasks,
    IReadOnlyList<IndicatorEntry> Indicators,
    IReadOnlyList<PeerHighlightEntry> PeerHighlights,
    IReadOnlyList<TaskOutcomeEntry> Outcomes,
    int HeldBack);
