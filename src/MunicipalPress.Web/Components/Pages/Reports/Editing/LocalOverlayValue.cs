namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>What the browser saw typed into one field (<see cref="V"/>) and when (<see cref="T"/>, Unix ms), before the server confirmed it.</summary>
public sealed record LocalOverlayValue(string V, long T);
