using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;
using MunicipalPress.Cli;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Imports;

/// <summary>
/// All five real reports through `import apply`, in-process against this class's own database. The demo already
/// has the seed cities' approved reports for the seed years, so the first run must leave them alone; then the
/// seed cities are archived and created afresh (as a city joining the portal would be), and the same command
/// creates each city's draft for the year its text states, with its achievements, tasks and figures.
/// </summary>
public sealed class ImportCliSeedTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private static readonly Actor Admin = new("test-admin", "Test administrator", Roles.Administrator, null);

    private static readonly (string File, string City, int Year, int Achievements, int Tasks, (string Code, decimal Value)[] Figures)[] Seeds =
    [
        (SeedFiles.Seversk, "Северск", 2016, 6, 1, []),
        (SeedFiles.Blagoveshchensk, "Благовещенск", 2016, 2, 1,
        [
            ("press_releases", 2982), ("photo_reports", 360), ("field_events", 170), ("press_approaches", 87), ("active_citizens", 2281),
        ]),
        (SeedFiles.Teplodar, "Теплодар", 2018, 15, 0, [("info_requests", 64), ("website_materials", 3143), ("website_news", 506)]),
        (SeedFiles.Aleysk, "Алейск", 2018, 4, 1, [("legal_bulletins", 11)]),
        (SeedFiles.Khabarovsk, "Хабаровск", 2021, 3, 0,
        [
            ("info_messages", 2336), ("mayor_addresses", 41), ("live_broadcasts", 19), ("public_hearing_notices", 120),
            ("hotline_announcements", 32), ("daily_bulletins", 203), ("photo_reports", 500), ("media_publications", 10118),
            ("mayor_appearances", 2355), ("officials_appearances", 5346), ("website_weekly_reach", 6000),
            ("incident_responses", 8238), ("social_messages_answered", 6589), ("citizen_messages_total", 14827),
            ("department_messages_weekly", 300), ("social_accounts", 87), ("social_subscribers", 146531),
            ("social_post_reach", 20000),
        ]),
    ];

    [Fact]
    public async Task ImportApply_FiveSeeds_LeavesApprovedReports_ThenCreatesEachCitysDraft()
    {
        var files = Seeds.Select(s => SeedFiles.PathOf(s.File)).ToArray();
        using var services = app.Services.CreateScope();
        var reports = services.ServiceProvider.GetRequiredService<ReportService>();
        var municipalities = services.ServiceProvider.GetRequiredService<MunicipalityService>();
        var approvedBefore = new List<ReportDto>();
        foreach (var seed in Seeds)
        {
            var city = (await municipalities.ListAsync(new MunicipalityQuery(Search: seed.City))).Single(m => m.Name == seed.City);
            approvedBefore.Add((await reports.GetByMunicipalityAndYearAsync(Admin, city.Id, seed.Year))!);
        }

        var (firstExit, firstLines) = await RunAsync(["import", "apply", .. files]);

        Assert.Equal(0, firstExit);
        Assert.Equal(5, firstLines.Length);
        for (var i = 0; i < Seeds.Length; i++)
        {
            Assert.Equal($"{files[i]} → {Seeds[i].City}/{Seeds[i].Year} → skipped: the report is approved (report {approvedBefore[i].Id}); an import never overwrites it", firstLines[i]);
            var after = await reports.GetAsync(Admin, approvedBefore[i].Id);
            Assert.Equal((ReportStatus.Approved, approvedBefore[i].Version), (after!.Status, after.Version));
        }

        var newCities = new List<MunicipalityDto>();
        foreach (var old in approvedBefore)
        {
            var city = (await municipalities.GetAsync(old.MunicipalityId))!;
            await municipalities.SetArchivedAsync(Admin, city.Id, archived: true);
            newCities.Add(await municipalities.CreateAsync(Admin, new MunicipalityRequest
            {
                Name = city.Name, RegionId = city.RegionId, Kind = city.Kind, Population = city.Population,
            }));
        }

        var (exit, lines) = await RunAsync(["import", "apply", .. files]);

        Assert.Equal(0, exit);
        for (var i = 0; i < Seeds.Length; i++)
        {
            var seed = Seeds[i];
            var draft = await reports.GetByMunicipalityAndYearAsync(Admin, newCities[i].Id, seed.Year);
            Assert.NotNull(draft);
            Assert.Equal(
                $"{files[i]} → {seed.City}/{seed.Year} → created (report {draft.Id}): {seed.Achievements} achievement{(seed.Achievements == 1 ? "" : "s")}, "
                + $"{seed.Tasks} task{(seed.Tasks == 1 ? "" : "s")}, {seed.Figures.Length} figure{(seed.Figures.Length == 1 ? "" : "s")}",
                lines[i]);
            Assert.Equal(ReportStatus.Draft, draft.Status);
            Assert.Equal(seed.Achievements, draft.Achievements.Count);
            Assert.Equal(seed.Tasks, draft.PlannedTasks.Count);
            Assert.Equal(
                seed.Figures.OrderBy(f => f.Code, StringComparer.Ordinal),
                draft.IndicatorValues.Select(v => (v.Code, v.Value)).OrderBy(f => f.Code, StringComparer.Ordinal));
            Assert.All(draft.IndicatorValues, v => Assert.False(string.IsNullOrWhiteSpace(v.Note)));
        }
    }

    private async Task<(int Exit, string[] Lines)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        var exit = await CliApplication.RunAsync(args, output, new Dictionary<string, string?>
        {
            ["ConnectionStrings:MunicipalPress"] = app.ConnectionString,
        });
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
