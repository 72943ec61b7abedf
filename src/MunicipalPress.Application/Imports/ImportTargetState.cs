namespace MunicipalPress.Application.Imports;

/// <summary>What an import into a municipality and year would do, before anything is written.</summary>
public enum ImportTargetState
{
    /// <summary>No report yet: a draft will be created.</summary>
    NewDraft,

    /// <summary>A draft (or returned report) without content: it will be filled.</summary>
    EmptyDraft,

    /// <summary>A draft (or returned report) with content: the import replaces it only when the user confirms.</summary>
    DraftWithContent,

    /// <summary>A submitted or approved report: an import never overwrites it.</summary>
    Locked,

    /// <summary>The year has no reporting campaign: an administrator has to create it first.</summary>
    NoReportingYear,

    /// <summary>The actor may not write this municipality's reports.</summary>
    Forbidden,

    /// <summary>The municipality is archived: it takes no new reports.</summary>
    Archived,
}
