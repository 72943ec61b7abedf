namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>The form's tabs, in their order on the page (the value is the tab's index).</summary>
public enum ReportTab
{
    Achievements,
    PlannedTasks,
    PreviousTasks,
    Indicators,
    PeerHighlights,
    Review,
    History,
}
