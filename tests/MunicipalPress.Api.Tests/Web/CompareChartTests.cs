using MunicipalPress.Application.Analytics;
using MunicipalPress.Web.Components.Pages.Analytics;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The compare page's chart data: years along the bottom, a series per city, and a gap (never a zero) for a missing year.</summary>
public sealed class CompareChartTests
{
    [Fact]
    public void Of_MissingYears_StayNull_ZeroStaysZero()
    {
        var table = new CompareIndicatorDto(1, "press_releases", "Пресс-релизы", "Прес-релізи", "Press releases", "pcs",
        [
            new CompareSeriesDto(10, "Благовещенск", 240_000,
                [new ComparePointDto(2023, 2830m, null), new ComparePointDto(2024, 2906m, 2.7m), new ComparePointDto(2025, null, null)]),
            new CompareSeriesDto(11, "Хабаровск", 610_000, [new ComparePointDto(2024, 0m, null)]),
        ]);

        var chart = CompareChart.Of([2023, 2024, 2025], table);

        Assert.Equal(["2023", "2024", "2025"], chart.Years);
        Assert.Equal(["Благовещенск", "Хабаровск"], chart.Series.Select(s => s.Name));
        Assert.Equal([2830d, 2906d, null], chart.Series[0].Values);
        Assert.Equal([null, 0d, null], chart.Series[1].Values);
    }
}
