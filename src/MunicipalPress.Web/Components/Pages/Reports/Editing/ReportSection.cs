namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

public enum ReportSection
{
    Status,
    Achievements,
    PlannedTasks,
    Indicators,
    PeerHighlights,
}
