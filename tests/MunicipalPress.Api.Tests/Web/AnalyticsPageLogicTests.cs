using System.Globalization;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Web.Components.Pages.Analytics;
using MunicipalPress.Web.Components.Pages.Municipalities;
using MunicipalPress.Web.Components.Shared;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The logic behind the analyst pages, without a browser: figures in texts, sparklines, links, paging.</summary>
public sealed class AnalyticsPageLogicTests
{
    [Fact]
    public void FigureRuns_GroupedNumbersAndPercents_AreFigures()
    {
        var runs = FigureRuns.Split("Подготовлено 2 982 пресс-релиза, рост 35 %, охват 2,5 тыс.");

        Assert.Equal(["2 982", "35 %", "2,5"], runs.Where(r => r.IsFigure).Select(r => r.Text));
        Assert.Equal("Подготовлено 2 982 пресс-релиза, рост 35 %, охват 2,5 тыс.", string.Concat(runs.Select(r => r.Text)));
    }

    [Theory]
    [InlineData("В 2016 году вышло 150 публикаций.", "150")]
    [InlineData("Программа на 2016–2020 гг. выполнена на 87%.", "87%")]
    [InlineData("До 2025 года открыть 3 канала.", "3")]
    [InlineData("In 2021 we answered 1,204 messages.", "1,204")]
    [InlineData("Станом на 2021 рік — 14 петицій.", "14")]
    public void FigureRuns_YearsAsDates_AreNotFigures(string text, string figure) =>
        Assert.Equal([figure], FigureRuns.Split(text).Where(r => r.IsFigure).Select(r => r.Text));

    [Fact]
    public void FigureRuns_AYearLikeAmount_IsAFigure() =>
        Assert.Equal(["2025"], FigureRuns.Split("Опубликовано 2025 материалов.").Where(r => r.IsFigure).Select(r => r.Text));

    [Fact]
    public void FigureRuns_DigitsInsideWords_AreNotFigures() =>
        Assert.DoesNotContain(FigureRuns.Split("Канал COVID19 и сайт mp3"), r => r.IsFigure);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void FigureRuns_OfNothing_AreNone(string? text) => Assert.Empty(FigureRuns.Split(text));

    [Fact]
    public void FigureRuns_MarkupInText_StaysText()
    {
        var runs = FigureRuns.Split("<b>5</b> постов");

        Assert.Equal("<b>", runs[0].Text);
        Assert.False(runs[0].IsFigure);
        Assert.Equal("5", runs[1].Text);
    }

    [Fact]
    public void Sparkline_GapBreaksTheLine_LoneValueIsADot()
    {
        var geometry = SparklineGeometry.For([10m, 20m, null, 15m, null, 30m, 40m], 100, 20, padding: 0);

        Assert.Equal(2, geometry.Lines.Count);
        Assert.Equal("0,20 16.67,13.33", geometry.Lines[0]);
        Assert.Equal("83.33,6.67 100,0", geometry.Lines[1]);
        var dot = Assert.Single(geometry.Dots);
        Assert.Equal(50, dot.X, 2);
        Assert.Equal(new SparklinePoint(100, 0), geometry.Last);
    }

    [Fact]
    public void Sparkline_FlatSeries_SitsInTheMiddle_NoValuesDrawsNothing()
    {
        var flat = SparklineGeometry.For([5m, 5m], 100, 20, padding: 0);
        var none = SparklineGeometry.For([null, null], 100, 20);

        Assert.Equal("0,10 100,10", Assert.Single(flat.Lines));
        Assert.Empty(none.Lines);
        Assert.Empty(none.Dots);
        Assert.Null(none.Last);
    }

    [Theory]
    [InlineData("ru", "12.34", "+12,3\u00a0%")]
    [InlineData("ru", "-4", "\u22124\u00a0%")]
    [InlineData("en", "12.34", "+12.3%")]
    [InlineData("en", "0", "±0%")]
    [InlineData("uk", "1500", "+1\u00a0500%")]
    public void ChangeFormat_IsSignedInTheCulturesStyle(string culture, string change, string expected) =>
        Assert.Equal(expected, ChangeFormat.Percent(decimal.Parse(change, CultureInfo.InvariantCulture), new CultureInfo(culture)));

    [Theory]
    [InlineData("ru", "78.2", true, "78,20")]
    [InlineData("en", "1234.5", true, "1,234.50")]
    [InlineData("ru", "2982", false, "2\u00a0982")]
    public void AnalyticsValue_PerCapitaHasTwoDecimals(string culture, string value, bool perCapita, string expected) =>
        Assert.Equal(expected, AnalyticsFormat.Value(decimal.Parse(value, CultureInfo.InvariantCulture), IndicatorKind.Count, perCapita, new CultureInfo(culture)));

    [Fact]
    public void AnalyticsValue_Missing_IsADash() => Assert.Equal("—", AnalyticsFormat.Value(null, IndicatorKind.Count, true));

    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 3, new[] { 1, 2, 3 })]
    [InlineData(1, 10, new[] { 1, 2, 3, 0, 10 })]
    [InlineData(5, 10, new[] { 1, 2, 3, 4, 5, 6, 7, 0, 10 })]
    [InlineData(6, 12, new[] { 1, 0, 4, 5, 6, 7, 8, 0, 12 })]
    [InlineData(4, 10, new[] { 1, 2, 3, 4, 5, 6, 0, 10 })]
    [InlineData(10, 10, new[] { 1, 0, 8, 9, 10 })]
    public void Pagination_ShowsEndsAndNeighbours_GapsAsNull(int current, int count, int[] expected) =>
        Assert.Equal(expected.Select(p => p == 0 ? (int?)null : p), Pagination.Pages(current, count));

    [Fact]
    public void Pagination_CountsPages() => Assert.Equal([0, 1, 1, 2], new[] { 0, 1, 20, 21 }.Select(t => Pagination.PageCount(t, 20)));

    [Fact]
    public void CompareSelection_UsesTheApisParameters_ForThePageAndTheExport()
    {
        var selection = new CompareSelection(["press_releases", "social_subscribers"], [3, 7], RegionId: 2, 2021, 2025, PerCapita: true);

        Assert.Equal(
            "/compare?indicator=press_releases&indicator=social_subscribers&municipalityId=3&municipalityId=7&fromYear=2021&toYear=2025&perCapita=true",
            selection.PageUrl);
        Assert.Equal(
            "/api/v1/analytics/compare?indicator=press_releases&indicator=social_subscribers&municipalityId=3&municipalityId=7&fromYear=2021&toYear=2025&perCapita=true&format=xlsx",
            selection.ExportUrl("xlsx"));
        Assert.Null(selection.ToQuery().RegionId);
    }

    [Fact]
    public void CompareSelection_ARegionAlone_IsComplete_NothingChosenIsNot()
    {
        var region = new CompareSelection(["press_releases"], [], RegionId: 4, 2020, 2021, PerCapita: false);
        var nothing = new CompareSelection(["press_releases"], [], null, 2020, 2021, PerCapita: false);

        Assert.True(region.IsComplete);
        Assert.Equal("indicator=press_releases&regionId=4&fromYear=2020&toYear=2021&perCapita=false", region.ToQueryString());
        Assert.Equal(4, region.ToQuery().RegionId);
        Assert.False(nothing.IsComplete);
    }

    [Fact]
    public void NarrativeSelection_CitiesInAYear_OrCityAcrossYears()
    {
        var cities = new NarrativeSelection(false, [5, 9, 5], [2016]);
        var years = new NarrativeSelection(true, [5], [2018, 2016, 2017]);

        Assert.Equal([(5, 2016), (9, 2016)], cities.Columns);
        Assert.Equal("/narratives?mode=cities&municipalityId=5&municipalityId=9&municipalityId=5&year=2016", cities.PageUrl);
        Assert.Equal([(5, 2016), (5, 2017), (5, 2018)], years.Columns);
        Assert.Equal("/narratives?mode=years&municipalityId=5&year=2018&year=2016&year=2017", years.PageUrl);
        Assert.True(cities.IsComplete);
        Assert.False(new NarrativeSelection(false, [5], [2016]).IsComplete);
        Assert.True(new NarrativeSelection(false, [1, 2, 3, 4, 5], [2016]).HasTooMany);
    }

    [Fact]
    public void IndicatorTrend_ChangeNeedsTheYearBefore()
    {
        var steady = IndicatorTrend.Of([new IndicatorPointDto(2019, 100m), new IndicatorPointDto(2020, 120m), new IndicatorPointDto(2021, null)]);
        var afterGap = IndicatorTrend.Of([new IndicatorPointDto(2019, 100m), new IndicatorPointDto(2020, null), new IndicatorPointDto(2021, 90m)]);
        var fromZero = IndicatorTrend.Of([new IndicatorPointDto(2020, 0m), new IndicatorPointDto(2021, 5m)]);

        Assert.Equal(new IndicatorTrend(2020, 120m, 100m, 20.0m), steady);
        Assert.Equal(new IndicatorTrend(2021, 90m, null, null), afterGap);
        Assert.Null(fromZero.ChangePercent);
        Assert.Equal(new IndicatorTrend(null, null, null, null), IndicatorTrend.Of([new IndicatorPointDto(2021, null)]));
    }

    [Fact]
    public void SearchLink_KeepsFiltersAndPage_EscapesTheQuery() =>
        Assert.Equal("/search?q=%D1%81%D0%B0%D0%B9%D1%82%20%26%20%22x%22&year=2021&regionId=3&page=2", SearchLink.For(" сайт & \"x\" ", 2021, 3, 2));
}
