namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>What the autosave indicator shows.</summary>
public enum SaveState
{
    /// <summary>Nothing changed since the report was loaded.</summary>
    Unchanged,

    /// <summary>Changed; the save waits for typing to stop.</summary>
    Pending,

    Saving,

    Saved,

    /// <summary>The last save failed (connection, database); it is tried again after a pause.</summary>
    Retrying,

    /// <summary>The server refused the content; fixing the listed fields saves it.</summary>
    Invalid,

    /// <summary>Someone else saved first; the user chooses which version stays.</summary>
    Conflict,

    /// <summary>The report can no longer be saved here (submitted elsewhere, access withdrawn): reload.</summary>
    Stopped,
}
