namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

public enum DifferenceKind
{
    /// <summary>The same entry (or indicator) with other content.</summary>
    Changed,

    /// <summary>In the user's version only: written by them, or removed by the other editor.</summary>
    OnlyMine,

    /// <summary>In the stored version only: added by the other editor, or removed by the user.</summary>
    OnlyTheirs,

    /// <summary>The same entries in another order.</summary>
    Reordered,

    /// <summary>The stored report moved on in the workflow (submitted, returned…): it may no longer be editable.</summary>
    StatusChanged,
}
