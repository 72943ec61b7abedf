using MunicipalPress.Web.Components.Pages.Municipalities;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>One municipality's line on a comparison chart; a year without a value is a gap.</summary>
public sealed record CompareChartSeries(string Name, IReadOnlyList<IndicatorChartPoint> Points);
