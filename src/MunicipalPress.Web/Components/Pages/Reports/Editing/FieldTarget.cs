namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>Where an error points in the form: the tab, the element to focus, and what to call it (entry position or indicator name).</summary>
public sealed record FieldTarget(ReportTab Tab, string ElementId, int? Position = null, string? Name = null);
