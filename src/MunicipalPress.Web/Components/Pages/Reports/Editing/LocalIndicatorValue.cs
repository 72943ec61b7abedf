namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

public sealed record LocalIndicatorValue(int IndicatorId, string Input, string? Note);
