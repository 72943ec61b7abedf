using System.Text.Json;
using System.Text.RegularExpressions;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Api.Tests.DemoData;

public class DemoDataTests
{
    private static readonly IReadOnlyList<DemoReport> Generated =
        DemoReportGenerator.Generate(DemoGeography.Cities, DemoReportGenerator.FirstYear, DemoReportGenerator.LastYear);

    private static readonly IReadOnlyList<DemoReport> AllReports = [.. DemoSeedReports.All, .. Generated];

    public static TheoryData<string, int, string, decimal> SeedFigures => new()
    {
        { "blagoveshchensk", 2016, "press_releases", 2982 },
        { "blagoveshchensk", 2016, "photo_reports", 360 },
        { "blagoveshchensk", 2016, "field_events", 170 },
        { "blagoveshchensk", 2016, "press_approaches", 87 },
        { "blagoveshchensk", 2016, "active_citizens", 2281 },
        { "aleysk", 2018, "legal_bulletins", 11 },
        { "teplodar", 2018, "info_requests", 64 },
        { "teplodar", 2018, "website_materials", 3143 },
        { "teplodar", 2018, "website_news", 506 },
        { "khabarovsk", 2021, "info_messages", 2336 },
        { "khabarovsk", 2021, "mayor_addresses", 41 },
        { "khabarovsk", 2021, "live_broadcasts", 19 },
        { "khabarovsk", 2021, "public_hearing_notices", 120 },
        { "khabarovsk", 2021, "hotline_announcements", 32 },
        { "khabarovsk", 2021, "daily_bulletins", 203 },
        { "khabarovsk", 2021, "photo_reports", 500 },
        { "khabarovsk", 2021, "media_publications", 10118 },
        { "khabarovsk", 2021, "mayor_appearances", 2355 },
        { "khabarovsk", 2021, "officials_appearances", 5346 },
        { "khabarovsk", 2021, "website_weekly_reach", 6000 },
        { "khabarovsk", 2021, "incident_responses", 8238 },
        { "khabarovsk", 2021, "social_messages_answered", 6589 },
        { "khabarovsk", 2021, "citizen_messages_total", 14827 },
        { "khabarovsk", 2021, "department_messages_weekly", 300 },
        { "khabarovsk", 2021, "roads_messages_share", 39.6m },
        { "khabarovsk", 2021, "social_accounts", 87 },
        { "khabarovsk", 2021, "social_subscribers", 146531 },
        { "khabarovsk", 2021, "social_post_reach", 20000 },
        { "khabarovsk", 2020, "citizen_messages_total", 13120 },
        { "khabarovsk", 2020, "social_subscribers", 110019 },
        { "khabarovsk", 2020, "website_weekly_reach", 3000 },
    };

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public void SeedReports_FigureStatedBySeed_IsPresentWithItsCode(string slug, int year, string code, decimal value)
    {
        var report = Assert.Single(DemoSeedReports.All, r => r.CitySlug == slug && r.Year == year);
        var figure = Assert.Single(report.Values, v => v.IndicatorCode == code);
        Assert.Equal(value, figure.Value);
        Assert.False(string.IsNullOrWhiteSpace(figure.Note));
    }

    [Fact]
    public void SeedReports_AllApproved_AndSeverskHasNoFigures()
    {
        Assert.All(DemoSeedReports.All, r => Assert.Equal(ReportStatus.Approved, r.Status));
        Assert.Empty(Assert.Single(DemoSeedReports.All, r => r.CitySlug == "seversk" && r.Year == 2016).Values);
    }

    [Fact]
    public void SeedReports_Aleysk2017WebsiteTask_IsNotDone()
    {
        var report = Assert.Single(DemoSeedReports.All, r => r.CitySlug == "aleysk" && r.Year == 2017);
        var task = Assert.Single(report.PlannedTasks, t => t.Text.Contains("сайт", StringComparison.Ordinal));
        Assert.Equal(TaskOutcome.NotDone, task.Outcome?.Outcome);
    }

    [Fact]
    public void Catalogue_HasRequiredCodes_UniqueAndOptional()
    {
        string[] required =
        [
            "press_releases", "photo_reports", "field_events", "press_approaches", "active_citizens",
            "social_subscribers", "social_accounts", "info_requests", "website_materials", "website_news",
            "media_publications", "info_messages", "mayor_appearances", "officials_appearances", "incident_responses",
            "social_messages_answered", "citizen_messages_total", "website_weekly_reach", "social_post_reach",
            "legal_bulletins",
        ];
        var codes = DemoIndicatorCatalog.All.Select(i => i.Code).ToList();

        Assert.All(required, code => Assert.Contains(code, codes));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(DemoIndicatorCatalog.All, i => Assert.False(i.IsRequired));
        Assert.All(DemoIndicatorCatalog.All, i => Assert.False(string.IsNullOrWhiteSpace(i.Unit)));
    }

    [Fact]
    public void Generate_CalledTwice_ProducesEqualOutput()
    {
        var first = DemoReportGenerator.Generate(DemoGeography.Cities, 2016, 2025);
        var second = DemoReportGenerator.Generate(DemoGeography.Cities, 2016, 2025);

        Assert.NotEmpty(first);
        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
    }

    [Fact]
    public void AllReports_EveryValue_PassesItsIndicatorCheck()
    {
        var indicators = DemoIndicatorCatalog.All.ToDictionary(
            i => i.Code,
            i => new Indicator(i.Code, i.NameRu, i.NameUk, i.NameEn, i.Unit, i.Kind, i.Category, i.SortOrder,
                i.MinValue, i.MaxValue, i.IsRequired));

        foreach (var report in AllReports)
        {
            foreach (var value in report.Values)
            {
                Assert.True(indicators.ContainsKey(value.IndicatorCode), $"{report.CitySlug} {report.Year}: unknown {value.IndicatorCode}");
                Assert.Null(indicators[value.IndicatorCode].Check(value.Value));
            }

            Assert.Equal(report.Values.Count, report.Values.Select(v => v.IndicatorCode).Distinct().Count());
        }
    }

    [Fact]
    public void Geography_SlugsUnique_RegionsKnown_AndEveryCityHasAPressOfficer()
    {
        var slugs = DemoGeography.Cities.Select(c => c.Slug).ToList();
        var regions = DemoGeography.Regions.Select(r => r.Name).ToHashSet();

        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.All(slugs, s => Assert.Matches("^[a-z0-9-]+$", s));
        Assert.All(DemoGeography.Cities, c => Assert.Contains(c.RegionName, regions));
        Assert.All(DemoGeography.SeedCitySlugs, s => Assert.Contains(s, slugs));
        Assert.True(DemoGeography.Cities.Count >= 30);

        var pressOfficers = DemoUsers.All.Where(u => u.Role == "PressOfficer").ToList();
        Assert.Equal(slugs.Order(), pressOfficers.Select(u => u.CitySlug!).Order());
        Assert.All(pressOfficers, u => Assert.Equal($"press.{u.CitySlug}@demo.local", u.Email));
        Assert.Contains(DemoUsers.All, u => u is { Email: "admin@demo.local", Role: "Administrator" });
        Assert.Contains(DemoUsers.All, u => u is { Email: "analyst@demo.local", Role: "Analyst" });
        Assert.Equal(DemoUsers.All.Count, DemoUsers.All.Select(u => u.Email).Distinct().Count());
    }

    [Fact]
    public void AllReports_OnePerCityAndYear_EveryPastYearCovered()
    {
        Assert.Equal(AllReports.Count, AllReports.Select(r => (r.CitySlug, r.Year)).Distinct().Count());
        foreach (var city in DemoGeography.Cities)
        {
            for (var year = 2016; year <= 2024; year++)
            {
                var report = Assert.Single(AllReports, r => r.CitySlug == city.Slug && r.Year == year);
                Assert.Equal(ReportStatus.Approved, report.Status);
            }
        }
    }

    [Fact]
    public void OpenYear_HasTheWorkflowMix()
    {
        var open = Generated.Where(r => r.Year == 2025).ToList();

        Assert.Equal(ReportStatus.Draft, open.Single(r => r.CitySlug == "blagoveshchensk").Status);
        Assert.Equal(ReportStatus.Submitted, open.Single(r => r.CitySlug == "khabarovsk").Status);
        Assert.True(open.Count < DemoGeography.Cities.Count, "some cities have no 2025 report yet");
        foreach (var status in Enum.GetValues<ReportStatus>())
        {
            Assert.Contains(open, r => r.Status == status);
        }

        // Its deadline lies ahead of the seeding day, so nothing in it is late; earlier years have late ones.
        Assert.DoesNotContain(open, r => r.SubmittedLate);
        Assert.Contains(Generated, r => r.Year < 2025 && r.SubmittedLate);
        Assert.All(open.Where(r => r.Status == ReportStatus.Returned), r =>
            Assert.Contains(r.Comments, c => c.AuthorEmail == "analyst@demo.local"));
    }

    [Fact]
    public void AllReports_ContentIsConsistent()
    {
        var slugs = DemoGeography.Cities.Select(c => c.Slug).ToHashSet();
        var exists = AllReports.Select(r => (r.CitySlug, r.Year)).ToHashSet();
        foreach (var report in AllReports)
        {
            if (report.Status != ReportStatus.Draft)
            {
                Assert.NotEmpty(report.Achievements);
            }

            var hasNext = exists.Contains((report.CitySlug, report.Year + 1));
            Assert.All(report.PlannedTasks, t => Assert.Equal(hasNext, t.Outcome is not null));
            Assert.All(report.PeerHighlights, h =>
            {
                Assert.Contains(h.MentionedCitySlug, slugs);
                Assert.NotEqual(report.CitySlug, h.MentionedCitySlug);
            });
        }

        Assert.Contains(AllReports, r => r.PeerHighlights.Count > 0);
        Assert.Contains(AllReports.SelectMany(r => r.PlannedTasks), t => t.Outcome?.Outcome == TaskOutcome.CarriedOver);
    }

    [Fact]
    public void Generated_SeedCityYears_ContinueFromTheSeedFigures()
    {
        var blagoveshchensk2017 = Assert.Single(Generated, r => r.CitySlug == "blagoveshchensk" && r.Year == 2017);
        Assert.DoesNotContain(Generated, r => DemoSeedReports.Covers(r.CitySlug, r.Year));

        var pressReleases = blagoveshchensk2017.Values.FirstOrDefault(v => v.IndicatorCode == "press_releases");
        if (pressReleases is not null)
        {
            Assert.InRange(pressReleases.Value, 2000, 4000);
        }

        var subscribers = Generated
            .Where(r => r.CitySlug == "khabarovsk" && r.Year > 2021)
            .SelectMany(r => r.Values.Where(v => v.IndicatorCode == "social_subscribers"))
            .ToList();
        Assert.All(subscribers, v => Assert.True(v.Value > 146531));
    }

    [Fact]
    public void Generated_SomeValuesAreMissing()
    {
        var totalCodes = DemoIndicatorCatalog.All.Count;
        Assert.Contains(Generated, r => r.Values.Count < totalCodes / 2);
        Assert.Contains(Generated, r => r.Values.Count > 10);
    }

    [Fact]
    public void GeneratedNarratives_AreVaried_NoSentenceRunsThroughManyReports()
    {
        // How many generated reports each achievement sentence appears in: a narrative that reads like real use does
        // not say the same sentence, word for word, in report after report of different cities and years.
        var reportsBySentence = Generated
            .SelectMany((r, i) => r.Achievements
                .SelectMany(a => Regex.Split(a.Text, @"(?<=[.!?…])\s+"))
                .Where(s => s.Length > 30)
                .Distinct()
                .Select(s => (Sentence: s, Report: i)))
            .GroupBy(x => x.Sentence)
            .Select(g => (Sentence: g.Key, Reports: g.Count()))
            .OrderByDescending(g => g.Reports)
            .ToList();
        var sentences = reportsBySentence.Sum(g => g.Reports);
        var distinct = reportsBySentence.Count;

        Assert.True(
            reportsBySentence[0].Reports <= MaxReportsPerSentence,
            string.Join("\n", reportsBySentence.Take(5).Select(g => $"{g.Reports} reports: «{g.Sentence}»")));
        Assert.True(distinct >= sentences * 0.6, $"{distinct} distinct of {sentences} sentences");
    }

    private const int MaxReportsPerSentence = 8;

    [Fact]
    public void DemoTexts_CopyNoSentenceOfTheSeeds()
    {
        var texts = DemoTexts().Select(Normalise).ToList();
        foreach (var (file, seed) in Seeds())
        {
            var sentences = Regex.Split(seed, @"(?<=[.!?…;])\s+|\r?\n")
                .Select(s => Normalise(s.Trim()))
                .Where(s => s.Length > 40)
                .ToList();
            foreach (var sentence in sentences)
            {
                Assert.DoesNotContain(texts, t => t.Contains(sentence, StringComparison.Ordinal));
            }

            Assert.True(sentences.Count > 0, $"{file} has no sentences");
        }
    }

    [Fact]
    public void DemoTexts_RepeatNoEightWordRunOfTheSeeds()
    {
        const int run = 8;
        var seedRuns = new Dictionary<string, string>();
        foreach (var (file, seed) in Seeds())
        {
            var words = Words(seed);
            for (var i = 0; i + run <= words.Count; i++)
            {
                seedRuns.TryAdd(string.Join(' ', words.Skip(i).Take(run)), file);
            }
        }

        var copied = new List<string>();
        foreach (var text in DemoTexts())
        {
            var words = Words(text);
            for (var i = 0; i + run <= words.Count; i++)
            {
                var candidate = string.Join(' ', words.Skip(i).Take(run));
                if (seedRuns.TryGetValue(candidate, out var file))
                {
                    copied.Add($"{file}: «{candidate}»");
                }
            }
        }

        Assert.True(copied.Count == 0, string.Join(Environment.NewLine, copied.Distinct()));
    }

    private static IEnumerable<string> DemoTexts()
    {
        foreach (var report in AllReports)
        {
            foreach (var achievement in report.Achievements)
            {
                yield return achievement.Direction ?? string.Empty;
                yield return achievement.Text;
            }

            foreach (var task in report.PlannedTasks)
            {
                yield return task.Text;
                if (task.Outcome?.Comment is { } comment)
                {
                    yield return comment;
                }
            }

            foreach (var value in report.Values.Where(v => v.Note is not null))
            {
                yield return value.Note!;
            }

            foreach (var highlight in report.PeerHighlights)
            {
                yield return highlight.Text;
            }

            foreach (var comment in report.Comments)
            {
                yield return comment.Text;
            }
        }
    }

    private static string Normalise(string text) =>
        Regex.Replace(text.ToLowerInvariant().Replace('ё', 'е'), @"\s+", " ");

    private static List<string> Words(string text) =>
        Regex.Matches(Normalise(text), @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();

    private static List<(string File, string Text)> Seeds()
    {
        var directory = SeedDirectory();
        var files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, files.Count);
        return files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
    }

    private static string SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "seeds"), Path.Combine(dir.FullName, "..", "shared", "seeds") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException($"No shared/seeds above {AppContext.BaseDirectory}.");
    }
}
