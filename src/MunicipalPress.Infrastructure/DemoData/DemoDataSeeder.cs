using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.Identity;
using MunicipalPress.Infrastructure.Persistence;

namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// Fills an empty database with the demo: regions, cities, the indicator catalogue, reporting years
/// 2016–2025 (the latest open), the seed cities' reports, generated reports for the other cities, and the
/// demo users. Reports reach their state through the domain's workflow, as a real one would.
/// Runs once: a database that already has regions is left alone.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<MunicipalPressDbContext> dbFactory,
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public const int FirstYear = 2016;
    public const int LastYear = 2025;

    /// <summary>The open campaign (<see cref="LastYear"/>) opened this many days before the seeding…</summary>
    public const int OpenCampaignDaysRunning = 45;

    /// <summary>…and its deadline lies this many days after it.</summary>
    public const int OpenCampaignDaysLeft = 30;

    /// <summary>The demo analyst's fixed user id, so the seeded review comments point at a real account.</summary>
    public const string AnalystUserId = "demo-analyst";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Regions.AnyAsync(cancellationToken))
            {
                logger.LogInformation("Seeding demo data");
                // One transaction, so under the retrying execution strategy (ADR 0024) the whole seeding is the
                // unit that is tried again, each time from a clean change tracker.
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                await db.Database.CreateExecutionStrategy().ExecuteAsync(
                    async token =>
                    {
                        db.ChangeTracker.Clear();
                        await SeedReferenceDataAndReportsAsync(db, today, token);
                    },
                    cancellationToken);
            }
        }

        // Idempotent, so a start interrupted after the reports were written still gets its users.
        await SeedUsersAsync(cancellationToken);
    }

    private static async Task SeedReferenceDataAndReportsAsync(MunicipalPressDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var regions = DemoGeography.Regions.ToDictionary(r => r.Name, r => new Region(r.Name, r.CountryCode));
        db.Regions.AddRange(regions.Values);
        var indicators = DemoIndicatorCatalog.All.Select(i => new Indicator(
            i.Code, i.NameRu, i.NameUk, i.NameEn, i.Unit, i.Kind, i.Category, i.SortOrder, i.MinValue, i.MaxValue, i.IsRequired))
            .ToList();
        db.Indicators.AddRange(indicators);
        // The open campaign runs now: opened some weeks ago, its deadline a month ahead, so the demo shows days left
        // rather than a deadline long past. Closed years ran from mid-January to the first of March.
        var years = Enumerable.Range(FirstYear, LastYear - FirstYear + 1)
            .ToDictionary(y => y, y => y == LastYear
                ? new ReportingYear(y, today.AddDays(-OpenCampaignDaysRunning), today.AddDays(OpenCampaignDaysLeft))
                : new ReportingYear(y, new DateOnly(y + 1, 1, 15), new DateOnly(y + 1, 3, 1)));
        foreach (var year in years.Values)
        {
            year.Open();
        }

        db.ReportingYears.AddRange(years.Values);
        await db.SaveChangesAsync(cancellationToken);

        var cities = new Dictionary<string, Municipality>();
        foreach (var city in DemoGeography.Cities)
        {
            var municipality = new Municipality(city.Name, city.Slug, city.Kind, regions[city.RegionName].Id, city.Population);
            cities.Add(city.Slug, municipality);
        }

        db.Municipalities.AddRange(cities.Values);
        await db.SaveChangesAsync(cancellationToken);

        var indicatorsByCode = indicators.ToDictionary(i => i.Code);
        var demoReports = DemoSeedReports.All
            .Concat(DemoReportGenerator.Generate(DemoGeography.Cities, FirstYear, LastYear))
            .ToList();
        var reports = new Dictionary<(string Slug, int Year), AnnualReport>();
        foreach (var demo in demoReports)
        {
            var report = new AnnualReport(cities[demo.CitySlug].Id, demo.Year, CreatedAt(years[demo.Year]));
            foreach (var achievement in demo.Achievements)
            {
                report.AddAchievement(achievement.Direction, achievement.Text);
            }

            foreach (var task in demo.PlannedTasks)
            {
                report.AddPlannedTask(task.Text);
            }

            foreach (var value in demo.Values)
            {
                report.SetIndicatorValue(indicatorsByCode[value.IndicatorCode], value.Value, value.Note);
            }

            foreach (var highlight in demo.PeerHighlights)
            {
                report.AddPeerHighlight(cities[highlight.MentionedCitySlug].Id, highlight.Text);
            }

            reports.Add((demo.CitySlug, demo.Year), report);
        }

        // Outcomes of last year's tasks are written in next year's report, so record them while it is a draft.
        foreach (var demo in demoReports)
        {
            if (!reports.TryGetValue((demo.CitySlug, demo.Year + 1), out var next))
            {
                continue;
            }

            var report = reports[(demo.CitySlug, demo.Year)];
            for (var i = 0; i < demo.PlannedTasks.Count; i++)
            {
                if (demo.PlannedTasks[i].Outcome is { } outcome)
                {
                    report.RecordTaskOutcome(report.PlannedTasks[i], outcome.Outcome, outcome.Comment, next);
                }
            }
        }

        var analyst = new Reviewer(AnalystUserId, "Аналитик ассоциации");
        foreach (var demo in demoReports)
        {
            var report = reports[(demo.CitySlug, demo.Year)];
            var campaign = years[demo.Year];
            // In the open campaign a report went in some days ago, early enough for its review to have happened.
            var submittedAt = demo.Year == LastYear
                ? ToInstant(today.AddDays(-12 - (demo.CitySlug.Length % 20)))
                : demo.SubmittedLate
                    ? ToInstant(campaign.Deadline.AddDays(9 + (demo.CitySlug.Length % 12)))
                    : ToInstant(campaign.Deadline.AddDays(-3 - (demo.CitySlug.Length % 30)));
            var comments = demo.Comments.Select(c => c.Text).ToList();
            switch (demo.Status)
            {
                case ReportStatus.Draft:
                    break;
                case ReportStatus.Submitted:
                    report.Submit(campaign, indicators, submittedAt);
                    break;
                case ReportStatus.Returned:
                    report.Submit(campaign, indicators, submittedAt);
                    report.Return(analyst, comments.FirstOrDefault() ?? "Уточните, пожалуйста, показатели.", submittedAt.AddDays(4));
                    comments = comments.Skip(1).ToList();
                    break;
                case ReportStatus.Approved:
                    report.Submit(campaign, indicators, submittedAt);
                    report.Approve(submittedAt.AddDays(10));
                    break;
            }

            foreach (var comment in comments)
            {
                report.AddComment(analyst, comment, submittedAt.AddDays(5));
            }
        }

        db.AnnualReports.AddRange(reports.Values);
        foreach (var year in years.Values.Where(y => y.Year < LastYear))
        {
            year.Close();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SeedUsersAsync(CancellationToken cancellationToken)
    {
        foreach (var role in new[] { DemoUsers.AdministratorRole, DemoUsers.AnalystRole, DemoUsers.PressOfficerRole })
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new IdentityRole(role)), role);
            }
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await userManager.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        logger.LogInformation("Creating {Count} demo users", DemoUsers.All.Count);
        var cityIds = await db.Municipalities.ToDictionaryAsync(m => m.Slug, m => m.Id, cancellationToken);
        foreach (var demo in DemoUsers.All)
        {
            var user = new ApplicationUser
            {
                Id = demo.Email == DemoUsers.AnalystEmail ? AnalystUserId : Guid.NewGuid().ToString(),
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                MunicipalityId = demo.CitySlug is null ? null : cityIds[demo.CitySlug],
            };
            Check(await userManager.CreateAsync(user, DemoUsers.Password), demo.Email);
            Check(await userManager.AddToRoleAsync(user, demo.Role), demo.Email);
        }
    }

    private static DateTimeOffset CreatedAt(ReportingYear campaign) => ToInstant(campaign.OpensOn.AddDays(5));

    private static DateTimeOffset ToInstant(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo seeding failed for {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
