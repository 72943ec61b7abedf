namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

public enum HistoryChangeKind
{
    /// <summary>The first version: how many entries it had.</summary>
    Count,
    Status,
    AddedRemoved,
    Reordered,
    Value,
    Note,
    Other,
}
