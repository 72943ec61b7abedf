using MunicipalPress.Web.Components.Pages.Municipalities;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>An indicator's chart: a line per municipality on a common value axis.</summary>
public sealed record CompareChart(IReadOnlyList<CompareChartSeries> Series, ChartScale Scale);
