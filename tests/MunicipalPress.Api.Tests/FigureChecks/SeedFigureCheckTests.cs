using MunicipalPress.Application.FigureChecks;
using MunicipalPress.Application.Imports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;
using Xunit.Abstractions;

namespace MunicipalPress.Api.Tests.FigureChecks;

/// <summary>
/// The five real reports, read from shared/seeds, against the figures they state (the demo data's values for
/// the same city and year) and the year before where the demo data has it (Хабаровск 2020): the texts agree
/// with their tables and their stated changes («в два раза, с 3000 до 6000», «на 33 %», «рост … 13 %») hold.
/// </summary>
public sealed class SeedFigureCheckTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> Codes = DemoIndicatorCatalog.All.Select(i => i.Code).ToHashSet();

    public static TheoryData<string, string> Seeds => new()
    {
        { SeedFiles.Seversk, DemoGeography.Seversk },
        { SeedFiles.Blagoveshchensk, DemoGeography.Blagoveshchensk },
        { SeedFiles.Teplodar, DemoGeography.Teplodar },
        { SeedFiles.Aleysk, DemoGeography.Aleysk },
        { SeedFiles.Khabarovsk, DemoGeography.Khabarovsk },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Check_SeedTextAgainstItsOwnValues_NoContradiction(string file, string slug)
    {
        var parsed = ReportTextParser.Parse(SeedFiles.Bytes(file));
        var year = parsed.Year!.Value;
        var input = new FigureCheckInput(
            parsed.Achievements.Select(a => a.Text).ToList(), year, ValuesOf(slug, year), ValuesOf(slug, year - 1), Codes);

        var flags = FigureChecker.Check(input);

        foreach (var flag in flags)
        {
            output.WriteLine($"{flag.Kind} {flag.IndicatorCode}: {flag.Message}");
        }

        Assert.DoesNotContain(flags, f => f.Kind is FigureFlagKind.Disagreement or FigureFlagKind.MissingValue or FigureFlagKind.ChangeClaim);
    }

    [Fact]
    public void Check_KhabarovskWithAWrongLastYear_EveryStatedChangeFlagged()
    {
        var parsed = ReportTextParser.Parse(SeedFiles.Bytes(SeedFiles.Khabarovsk));
        var lastYear = ValuesOf(DemoGeography.Khabarovsk, 2020).ToDictionary(v => v.Key, v => v.Value * 0.8m);
        var input = new FigureCheckInput(
            parsed.Achievements.Select(a => a.Text).ToList(), 2021, ValuesOf(DemoGeography.Khabarovsk, 2021), lastYear, Codes);

        var claims = FigureChecker.Check(input).Where(f => f.Kind == FigureFlagKind.ChangeClaim).ToList();

        Assert.Equal(
            ["citizen_messages_total Percent", "social_subscribers Percent", "website_weekly_reach FromTo", "website_weekly_reach Ratio"],
            claims.Select(c => $"{c.IndicatorCode} {c.ClaimKind}").Order(StringComparer.Ordinal).ToArray());
    }

    private static Dictionary<string, decimal> ValuesOf(string slug, int year) =>
        DemoSeedReports.All
            .Where(r => r.CitySlug == slug && r.Year == year)
            .SelectMany(r => r.Values)
            .ToDictionary(v => v.IndicatorCode, v => v.Value);
}
