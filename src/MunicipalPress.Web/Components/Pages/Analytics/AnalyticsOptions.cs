using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Regions;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Web.Components.Shared;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>What the analyst pages offer in their pickers: municipalities, regions, active indicators (named in the UI language) and the reporting years (the last closed one is the default for one-year views).</summary>
public sealed record AnalyticsOptions(
    List<MunicipalityDto> Municipalities,
    List<KeyValuePair<int, string>> Regions,
    List<KeyValuePair<string, string>> Indicators,
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
        return new AnalyticsOptions(
            [.. await municipalities.ListAsync(new MunicipalityQuery())],
            [KeyValuePair.Create(0, noRegionLabel), .. (await regions.ListAsync()).Select(r => KeyValuePair.Create(r.Id, r.Name))],
            [.. catalog.Select(i => KeyValuePair.Create(i.Code, UiLanguage.Pick(i.NameRu, i.NameUk, i.NameEn)))],
            [.. catalog],
            [.. years.Select(y => y.Year).Order()],
            lastClosed);
    }

    public int LatestYear => Years.Count > 0 ? Years[^1] : DateTime.UtcNow.Year - 1;
}
