namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>One municipality on a comparison chart: a value per year, null where it has none.</summary>
public sealed record CompareChartSeries(string Name, IReadOnlyList<double?> Values);
