using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Municipalities;

/// <summary>The profile's indicator dashboard and task record, called as the page calls them: the service, no HTTP.</summary>
public sealed class MunicipalityProfileServiceTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private static readonly Actor Analyst = new(DemoDataSeeder.AnalystUserId, "Аналитик", Roles.Analyst, null);

    [Fact]
    public async Task Dashboard_EveryReportedIndicator_OverAllYears_MissingIsNull()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<MunicipalityProfileService>();
        var catalog = await scope.ServiceProvider.GetRequiredService<IndicatorService>().ListAsync();
        var blagoveshchensk = await IdOfAsync(scope, DemoGeography.Blagoveshchensk);

        var dashboard = await profiles.GetIndicatorDashboardAsync(Analyst, blagoveshchensk);

        var pressReleases = Assert.Single(dashboard, s => s.Code == "press_releases");
        Assert.Equal(Enumerable.Range(DemoDataSeeder.FirstYear, DemoDataSeeder.LastYear - DemoDataSeeder.FirstYear + 1), pressReleases.Points.Select(p => p.Year));
        Assert.Equal(2982m, pressReleases.Points[0].Value);
        Assert.All(dashboard, s => Assert.Contains(s.Points, p => p.Value is not null));
        Assert.Contains(dashboard.SelectMany(s => s.Points), p => p.Value is null);
        var order = catalog.ToDictionary(i => i.Id, i => (i.SortOrder, i.Code));
        Assert.Equal(dashboard.OrderBy(s => order[s.IndicatorId]).Select(s => s.Code), dashboard.Select(s => s.Code));
    }

    [Fact]
    public async Task Dashboard_ForAnotherCitysPressOfficer_ShowsOnlyApprovedYears()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<MunicipalityProfileService>();
        var blagoveshchensk = await IdOfAsync(scope, DemoGeography.Blagoveshchensk);
        var officer = new Actor("officer", "Пресс-служба Северска", Roles.PressOfficer, await IdOfAsync(scope, DemoGeography.Seversk));

        var seen = await profiles.GetIndicatorDashboardAsync(officer, blagoveshchensk);
        var all = await profiles.GetIndicatorDashboardAsync(Analyst, blagoveshchensk);

        // Blagoveshchensk's open-year report is a draft: not for other cities' eyes.
        Assert.All(seen, s => Assert.Null(s.Points.Single(p => p.Year == DemoDataSeeder.LastYear).Value));
        var everything = all.SelectMany(s => s.Points.Select(p => (s.Code, p.Year, p.Value))).ToHashSet();
        Assert.All(seen.SelectMany(s => s.Points.Where(p => p.Value is not null).Select(p => (s.Code, p.Year, p.Value))), v => Assert.Contains(v, everything));
    }

    [Fact]
    public async Task Dashboard_ADraftsFigures_AreNotTheCitysLatest_ForAnyone_AsInCompare()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<MunicipalityProfileService>();
        var blagoveshchensk = await IdOfAsync(scope, DemoGeography.Blagoveshchensk);
        var ownOfficer = new Actor("officer", "Пресс-служба Благовещенска", Roles.PressOfficer, blagoveshchensk);
        var pressReleases = (await scope.ServiceProvider.GetRequiredService<IndicatorService>().ListAsync()).Single(i => i.Code == "press_releases");

        // Blagoveshchensk's open-year report is a draft with figures: the analyst and the city itself may read it,
        // but the profile, like compare, counts only sent reports.
        foreach (var actor in new[] { Analyst, ownOfficer })
        {
            var dashboard = await profiles.GetIndicatorDashboardAsync(actor, blagoveshchensk);
            Assert.All(dashboard, s => Assert.Null(s.Points.Single(p => p.Year == DemoDataSeeder.LastYear).Value));
            var series = await scope.ServiceProvider.GetRequiredService<Application.Reports.ReportService>()
                .GetIndicatorSeriesAsync(actor, blagoveshchensk, pressReleases.Id);
            Assert.Null(series.Single(p => p.Year == DemoDataSeeder.LastYear).Value);
            var compare = await scope.ServiceProvider.GetRequiredService<Application.Analytics.AnalyticsService>()
                .CompareAsync(actor, new Application.Analytics.CompareQuery(["press_releases"], [blagoveshchensk], null, DemoDataSeeder.LastYear, DemoDataSeeder.LastYear, false));
            Assert.All(compare.Indicators.SelectMany(i => i.Series).SelectMany(s => s.Points), p => Assert.Null(p.Value));
        }
    }

    [Fact]
    public async Task TaskRecord_NewestFirst_OutcomesFromTheNextReport_CountsAddUp()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<MunicipalityProfileService>();
        var blagoveshchensk = await IdOfAsync(scope, DemoGeography.Blagoveshchensk);

        var record = await profiles.GetTaskRecordAsync(Analyst, blagoveshchensk);

        Assert.NotEmpty(record);
        Assert.Equal(record.Select(r => r.ReportYear).OrderDescending(), record.Select(r => r.ReportYear));
        Assert.All(record, r => Assert.Equal(r.ReportYear + 1, r.TargetYear));
        Assert.All(record, r => Assert.Equal(r.Tasks.Count, r.Done + r.Partly + r.NotDone + r.CarriedOver + r.Pending));
        Assert.Contains(record, r => r.Done > 0);
        // The open year's tasks are for next year: nothing can have been recorded yet.
        Assert.All(record.Where(r => r.ReportYear == DemoDataSeeder.LastYear), r => Assert.Equal(r.Tasks.Count, r.Pending));
        Assert.All(record, r => Assert.Equal(r.Tasks.OrderBy(t => t.Order).Select(t => t.Id), r.Tasks.Select(t => t.Id)));
    }

    [Fact]
    public async Task TaskRecord_ForAnotherCitysPressOfficer_LeavesOutTheDraft()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<MunicipalityProfileService>();
        var blagoveshchensk = await IdOfAsync(scope, DemoGeography.Blagoveshchensk);
        var officer = new Actor("officer", "Пресс-служба Северска", Roles.PressOfficer, await IdOfAsync(scope, DemoGeography.Seversk));

        var record = await profiles.GetTaskRecordAsync(officer, blagoveshchensk);

        Assert.NotEmpty(record);
        Assert.All(record, r => Assert.Equal(ReportStatus.Approved, r.Status));
    }

    [Fact]
    public async Task UnknownMunicipality_HasNeitherIndicatorsNorTasks()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<MunicipalityProfileService>();

        Assert.Empty(await profiles.GetIndicatorDashboardAsync(Analyst, 987_654));
        Assert.Empty(await profiles.GetTaskRecordAsync(Analyst, 987_654));
    }

    private static async Task<int> IdOfAsync(AsyncServiceScope scope, string slug) =>
        (await scope.ServiceProvider.GetRequiredService<MunicipalityService>().ListAsync(new MunicipalityQuery()))
            .Single(m => m.Slug == slug).Id;
}
