using System.Globalization;
using System.Text.RegularExpressions;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>
/// The five real reports, each parsed from its file: city, years, language, sections and every figure, written
/// down by reading the reports.
/// </summary>
public sealed partial class SeedReportTests
{
    [Theory]
    [InlineData(SeedFiles.Seversk, "Северск", 2016, 2017, "ru")]
    [InlineData(SeedFiles.Blagoveshchensk, "Благовещенск", 2016, 2017, "ru")]
    [InlineData(SeedFiles.Teplodar, "Теплодар", 2018, null, "uk")]
    [InlineData(SeedFiles.Aleysk, "Алейск", 2018, 2019, "ru")]
    [InlineData(SeedFiles.Khabarovsk, "Хабаровск", 2021, null, "ru")]
    public void Parse_Seed_FindsCityYearsAndLanguage(string file, string city, int year, int? planYear, string language)
    {
        var report = SeedReports.Parse(file);

        Assert.Equal(city, report.Municipality);
        Assert.Equal(year, report.Year);
        Assert.Equal(planYear, report.PlanYear);
        Assert.Equal(language, report.Language);
        Assert.Equal("utf-8", report.SourceEncoding);
    }

    [Fact]
    public void Parse_Seversk_ParagraphsAndOneTaskButNoFigures()
    {
        var report = SeedReports.Parse(SeedFiles.Seversk);

        Assert.Equal(6, report.Achievements.Count);
        Assert.All(report.Achievements, a => Assert.Null(a.Direction));
        var task = Assert.Single(report.PlannedTasks);
        Assert.StartsWith("В силу меняющихся", task.Text, StringComparison.Ordinal);
        Assert.Empty(report.Indicators);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_Blagoveshchensk_FiveFigures()
    {
        var report = SeedReports.Parse(SeedFiles.Blagoveshchensk);

        Assert.Equal(2, report.Achievements.Count);
        Assert.Single(report.PlannedTasks);
        AssertFigures(report,
            (2982, "press_releases"),
            (360, "photo_reports"),
            (170, "field_events"),
            (87, "press_approaches"),
            (2281, "active_citizens"));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_Aleysk_LegalBulletinsOnly()
    {
        var report = SeedReports.Parse(SeedFiles.Aleysk);

        Assert.Equal(4, report.Achievements.Count);
        Assert.Single(report.PlannedTasks);
        AssertFigures(report, (11, "legal_bulletins"));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_Teplodar_FreeFormReportWithThreeFigures()
    {
        var report = SeedReports.Parse(SeedFiles.Teplodar);

        AssertFigures(report, (64, "info_requests"), (3143, "website_materials"), (506, "website_news"));
        Assert.Empty(report.PlannedTasks);
        Assert.True(report.Achievements.Count >= 10);
        Assert.All(report.Achievements, a => Assert.Null(a.Direction));
        var withList = Assert.Single(report.Achievements, a => a.Text.Contains('•'));
        Assert.EndsWith(":", withList.Text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal(3, withList.Text.Count(c => c == '•'));
        Assert.DoesNotContain(report.Achievements, a => a.Text.StartsWith("Звіт про роботу", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Code == ParseWarningCodes.FreeForm);
    }

    [Fact]
    public void Parse_Khabarovsk_ThreeDirections()
    {
        var report = SeedReports.Parse(SeedFiles.Khabarovsk);

        Assert.Collection(
            report.Achievements,
            a => Assert.Equal("взаимодействие со СМИ", a.Direction),
            a => Assert.StartsWith("Совместная работа с Центром управления регионом", a.Direction, StringComparison.Ordinal),
            a => Assert.Equal("Работа в социальных сетях", a.Direction));
        Assert.Contains("1. Подготовлено", report.Achievements[0].Text, StringComparison.Ordinal);
        Assert.Empty(report.PlannedTasks);
    }

    [Fact]
    public void Parse_Khabarovsk_EighteenFiguresWithTheirIndicators()
    {
        var report = SeedReports.Parse(SeedFiles.Khabarovsk);

        AssertFigures(report,
            (2336, "info_messages"),
            (41, "mayor_addresses"),
            (19, "live_broadcasts"),
            (120, "public_hearing_notices"),
            (32, "hotline_announcements"),
            (203, "daily_bulletins"),
            (500, "photo_reports"),
            (10118, "media_publications"),
            (2355, "mayor_appearances"),
            (5346, "officials_appearances"),
            (6000, "website_weekly_reach"),
            (8238, "incident_responses"),
            (6589, "social_messages_answered"),
            (14827, "citizen_messages_total"),
            (300, "department_messages_weekly"),
            (87, "social_accounts"),
            (146531, "social_subscribers"),
            (20000, "social_post_reach"));
    }

    [Fact]
    public void Parse_Khabarovsk_KeepsBoundsInLabels()
    {
        var figures = SeedReports.Parse(SeedFiles.Khabarovsk).Indicators;

        Assert.Equal("более", figures.Single(f => f.Value == 500).Qualifier);
        Assert.Equal("более", figures.Single(f => f.Value == 300).Qualifier);
        Assert.Equal("около", figures.Single(f => f.Value == 20000).Qualifier);
        Assert.Contains("около", figures.Single(f => f.Value == 20000).Label, StringComparison.Ordinal);
        Assert.Null(figures.Single(f => f.Value == 2336).Qualifier);
    }

    [Fact]
    public void Parse_Khabarovsk_NoYearDateOrDocumentNumberAmongFigures()
    {
        var values = SeedReports.Parse(SeedFiles.Khabarovsk).Indicators.Select(f => f.Value).ToHashSet();

        // Years, date parts, law and order numbers, clause numbers, percentages, last year's figures.
        decimal[] never = [2020, 2021, 2003, 2006, 422, 131, 59, 1844, 354, 15, 6, 2, 5, 3, 1, 30, 16, 11, 10, 13, 33,
            39.6m, 14.3m, 10.7m, 9.5m, 13120, 110019, 3000];
        Assert.All(never, v => Assert.DoesNotContain(v, values));
    }

    [Theory]
    [InlineData(SeedFiles.Seversk)]
    [InlineData(SeedFiles.Blagoveshchensk)]
    [InlineData(SeedFiles.Teplodar)]
    [InlineData(SeedFiles.Aleysk)]
    [InlineData(SeedFiles.Khabarovsk)]
    public void Parse_Seed_NoFigureIsAYearOrDatePart(string file)
    {
        var report = SeedReports.Parse(file);
        var text = System.Text.Encoding.UTF8.GetString(SeedFiles.Bytes(file));
        var years = YearInText().Matches(text).Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture));
        var dateParts = DateInText().Matches(text)
            .SelectMany(m => m.Value.Split('.'))
            .Select(part => decimal.Parse(part, CultureInfo.InvariantCulture));

        var forbidden = years.Concat(dateParts).ToHashSet();
        Assert.DoesNotContain(report.Indicators, f => forbidden.Contains(f.Value));
    }

    [Theory]
    [InlineData(SeedFiles.Blagoveshchensk)]
    [InlineData(SeedFiles.Teplodar)]
    [InlineData(SeedFiles.Aleysk)]
    [InlineData(SeedFiles.Khabarovsk)]
    public void Parse_Seed_OffsetsPointAtTheNumberAndSourceTextHoldsIt(string file)
    {
        var report = SeedReports.Parse(file);

        Assert.All(report.Indicators, f =>
        {
            var written = report.Text.Substring(f.Start, f.Length);
            var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
            Assert.Equal(f.Value.ToString(CultureInfo.InvariantCulture), digits);
            Assert.Contains(written, f.SourceText, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(f.Label));
        });
    }

    private static void AssertFigures(ParsedReport report, params (decimal Value, string Code)[] expected) =>
        Assert.Equal(expected, report.Indicators.Select(f => (f.Value, f.Code ?? "(none)")).ToArray());

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex YearInText();

    [GeneratedRegex(@"\b\d{1,2}\.\d{1,2}\.\d{4}\b")]
    private static partial Regex DateInText();
}
