namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>How one save of the report form went, as <see cref="Autosave"/> needs to know it.</summary>
public enum SaveOutcome
{
    Saved,

    /// <summary>Only the stored version moved (a review comment, not the content): save again at once, on the new version.</summary>
    SaveAgain,

    /// <summary>Someone else saved other content first; the user chooses which version stays.</summary>
    Conflict,

    /// <summary>The server refused the content; the next change saves again.</summary>
    Invalid,

    /// <summary>The report can no longer be saved here.</summary>
    Stopped,

    /// <summary>The database or the network failed: the text is kept and the save tried again after a pause.</summary>
    Failed,
}
