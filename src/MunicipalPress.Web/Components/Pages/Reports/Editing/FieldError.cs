namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>A save or submission error as the form lists it; <see cref="Target"/> is null when it points nowhere in the form.</summary>
public sealed record FieldError(FieldTarget? Target, string Path, string Message);
