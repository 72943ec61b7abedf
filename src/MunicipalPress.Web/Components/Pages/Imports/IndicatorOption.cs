namespace MunicipalPress.Web.Components.Pages.Imports;

/// <summary>An indicator of the catalogue in the page's language, for the figure's indicator drop-down.</summary>
public sealed record IndicatorOption(int Id, string Name);
