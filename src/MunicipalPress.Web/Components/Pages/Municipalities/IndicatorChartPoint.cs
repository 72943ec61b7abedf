namespace MunicipalPress.Web.Components.Pages.Municipalities;

/// <summary>
/// One year on the chart. Value is null for a year without a value: the line series leaves a gap there
/// (never a zero), while the year itself stays on the axis.
/// </summary>
public sealed record IndicatorChartPoint(string Year, double? Value);
