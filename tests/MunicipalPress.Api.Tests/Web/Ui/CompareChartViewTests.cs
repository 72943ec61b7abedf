using System.Text.RegularExpressions;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Interop;
using MudBlazor.Services;
using MunicipalPress.Web.Components.Pages.Analytics;

namespace MunicipalPress.Api.Tests.Web.Ui;

/// <summary>
/// The compare chart as drawn: a city with a missing year is one line through the years it has (not lone dots),
/// with no point, and so no zero, at the missing year. Rendered with bUnit over the real chart component.
/// </summary>
public sealed partial class CompareChartViewTests : BunitContext, IAsyncLifetime
{
    public CompareChartViewTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        // The chart draws once the browser has told it its size.
        JSInterop.Setup<ElementSize>("mudObserveElementSize", _ => true).SetResult(new ElementSize { Width = 700, Height = 300 });
        JSInterop.Setup<ElementSize>("mudGetSvgBBox", _ => true).SetResult(new ElementSize { Width = 40, Height = 12 });
        Services.AddMudServices();
        Services.AddLocalization();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    [Fact]
    public void Lines_ACityWithAGap_IsOneLineThroughItsKnownYears()
    {
        var chart = new CompareChart(
            ["2021", "2022", "2023", "2024"],
            [new CompareChartSeries("Алейск", [100d, null, 300d, null]), new CompareChartSeries("Северск", [50d, 60d, 70d, 80d])]);

        var view = Render<CompareChartView>(p => p
            .Add(c => c.Chart, chart)
            .Add(c => c.Kind, CompareChartKind.Lines)
            .Add(c => c.Label, "График"));

        // A series is drawn in its palette colour: its line is a stroked path, its year markers stroked circles.
        var alejsk = view.FindAll("path[stroke='#0072B2']").Select(p => p.GetAttribute("d") ?? string.Empty).ToList();
        var seversk = view.FindAll("path[stroke='#E69F00']").Select(p => p.GetAttribute("d") ?? string.Empty).ToList();
        var alejskMarkers = view.FindAll("circle[stroke='#0072B2'][r='3.25']").Select(c => c.GetAttribute("cx")).ToList();

        // Alejsk: one line, started once, through its two known years (2021 and 2023), with no marker at a missing year.
        var line = Assert.Single(alejsk);
        Assert.Single(MoveTo().Matches(line));
        Assert.Equal(2, Vertices(line));
        Assert.Equal(2, alejskMarkers.Count);
        Assert.Equal(4, Vertices(Assert.Single(seversk)));
    }

    private static int Vertices(string d) => MoveTo().Matches(d).Count + LineTo().Matches(d).Count;

    [GeneratedRegex(@"M\s*-?\d")]
    private static partial Regex MoveTo();

    [GeneratedRegex(@"L\s*-?\d")]
    private static partial Regex LineTo();
}
