namespace MunicipalPress.Web.Components.Pages.Imports;

public enum ImportBatchStatus
{
    Reading,

    /// <summary>Not a plain-text report, too large or empty: it cannot be parsed.</summary>
    Unreadable,

    /// <summary>Parsed; waiting for the administrator to confirm its city and year.</summary>
    Ready,

    Importing,
    Created,
    Filled,
    Failed,
}
