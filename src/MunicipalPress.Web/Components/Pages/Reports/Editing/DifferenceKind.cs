namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

public enum DifferenceKind
{
    /// <summary>The same entry (or indicator) with other content.</summary>
    Changed,

    /// <summary>In the user's version only, and new there: the user added it.</summary>
    AddedByMe,

    /// <summary>In the user's version only, but it was in the version they started from: the other editor removed it.</summary>
    RemovedByThem,

    /// <summary>In the stored version only, and not in the version the user started from: the other editor added it.</summary>
    AddedByThem,

    /// <summary>In the stored version only, and in the version the user started from: the user removed it.</summary>
    RemovedByMe,

    /// <summary>The same entries in another order.</summary>
    Reordered,

    /// <summary>The stored report moved on in the workflow (submitted, returned…): it may no longer be editable.</summary>
    StatusChanged,
}
