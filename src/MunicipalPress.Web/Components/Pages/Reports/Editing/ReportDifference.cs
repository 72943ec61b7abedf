namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// One difference between the user's version and the stored one. <see cref="Position"/> is the entry's place
/// (1-based) in the version that has it; <see cref="Title"/> its direction, indicator or city.
/// </summary>
public sealed record ReportDifference(
    ReportSection Section,
    DifferenceKind Kind,
    int? Position,
    string? Title,
    string? Mine,
    string? Theirs);
