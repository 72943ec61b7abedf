using System.Globalization;
using MunicipalPress.Application.Analytics;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>An indicator's chart: the years along the bottom, a line (or a column group) per municipality.</summary>
public sealed record CompareChart(IReadOnlyList<string> Years, IReadOnlyList<CompareChartSeries> Series)
{
    /// <summary>A year without a value stays null, so the chart leaves a gap there instead of drawing a zero.</summary>
    public static CompareChart Of(IReadOnlyList<int> years, CompareIndicatorDto table) =>
        new(
            [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
            [
                .. table.Series.Select(s => new CompareChartSeries(
                    s.MunicipalityName,
                    [.. years.Select(y => s.Points.FirstOrDefault(p => p.Year == y)?.Value is { } v ? (double?)v : null)])),
            ]);
}
