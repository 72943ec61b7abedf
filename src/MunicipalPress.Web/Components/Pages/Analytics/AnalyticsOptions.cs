using System.Globalization;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Regions;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Web.Components.Shared;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>What the analyst pages offer in their pickers: municipalities, regions, active indicators (named in the UI language) and the reporting years (the last closed one is the default for one-year views).</summary>
public sealed record AnalyticsOptions(
    List<MunicipalityDto> Municipalities,
    IReadOnlyList<UiOption<int>> Cities,
    IReadOnlyList<UiOption<int>> Regions,
    IReadOnlyList<UiOption<string>> Indicators,
    List<IndicatorDto> Catalog,
    List<int> Years,
    int LastClosedYear)
{
    public static async Task<AnalyticsOptions> LoadAsync(
        MunicipalityService municipalities,
        RegionService regions,
        IndicatorService indicators,
        ReportingYearService reportingYears,
        string noRegionLabel)
    {
        var catalog = await indicators.ListAsync(includeInactive: false);
        var years = await reportingYears.ListAsync();
        var latest = years.Count > 0 ? years.Max(y => y.Year) : DateTime.UtcNow.Year - 1;
        var lastClosed = years.Where(y => y.State == ReportingYearState.Closed).Select(y => y.Year).DefaultIfEmpty(latest).Max();
        List<MunicipalityDto> cities = [.. await municipalities.ListAsync(new MunicipalityQuery())];
        return new AnalyticsOptions(
            cities,
            [.. cities.Select(m => new UiOption<int>(m.Id, m.Name))],
            [new UiOption<int>(0, noRegionLabel), .. (await regions.ListAsync()).Select(r => new UiOption<int>(r.Id, r.Name))],
            [.. catalog.Select(i => new UiOption<string>(i.Code, UiLanguage.Pick(i.NameRu, i.NameUk, i.NameEn)))],
            [.. catalog],
            [.. years.Select(y => y.Year).Order()],
            lastClosed);
    }

    public int LatestYear => Years.Count > 0 ? Years[^1] : DateTime.UtcNow.Year - 1;

    /// <summary>The years as choices, oldest first.</summary>
    public IReadOnlyList<UiOption<int>> YearChoices { get; } = [.. Years.Select(y => new UiOption<int>(y, y.ToString(CultureInfo.InvariantCulture)))];
}
