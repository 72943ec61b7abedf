using System.Text;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>
/// A compilation as the association publishes it: the five real reports one after another in one text. Each city
/// comes back as its own parse, with what parsing its own file gives.
/// </summary>
public sealed class CompilationSplitTests
{
    private static readonly string[] Cities = ["Северск", "Благовещенск", "Теплодар", "Алейск", "Хабаровск"];

    private static string Compilation(params string[] files) =>
        string.Join("\n\n", files.Select(f => SeedFiles.Text(f).Trim()));

    [Fact]
    public void ParseAll_FiveSeedsInOneText_FiveReportsWithTheSameParseAsEachAlone()
    {
        var reports = ReportTextParser.ParseAll(Encoding.UTF8.GetBytes(Compilation(SeedFiles.All)));

        Assert.Equal(Cities, reports.Select(r => r.Municipality));
        for (var i = 0; i < SeedFiles.All.Length; i++)
        {
            var alone = SeedReports.Parse(SeedFiles.All[i]);
            var part = reports[i];
            Assert.Equal((alone.Year, alone.PlanYear, alone.Language, alone.SourceEncoding), (part.Year, part.PlanYear, part.Language, part.SourceEncoding));
            Assert.Equal(alone.Achievements, part.Achievements);
            Assert.Equal(alone.PlannedTasks, part.PlannedTasks);
            Assert.Equal(
                alone.Indicators.Select(f => (f.Value, f.Label, f.Code, f.SourceText, f.Qualifier)),
                part.Indicators.Select(f => (f.Value, f.Label, f.Code, f.SourceText, f.Qualifier)));
            Assert.Equal(alone.Warnings.Select(w => w.Message), part.Warnings.Select(w => w.Message));
            Assert.Equal(alone.Indicators.Select(f => alone.Text.Substring(f.Start, f.Length)), part.Indicators.Select(f => part.Text.Substring(f.Start, f.Length)));
        }
    }

    [Fact]
    public void ParseAll_OrderOfTheCompilation_IsKept_AndTheFreeFormReportIsFoundByItsTitle()
    {
        var reports = ReportTextParser.ParseAll(Compilation(SeedFiles.Khabarovsk, SeedFiles.Teplodar, SeedFiles.Aleysk));

        Assert.Equal(["Хабаровск", "Теплодар", "Алейск"], reports.Select(r => r.Municipality));
        Assert.Equal([2021, 2018, 2018], reports.Select(r => r.Year!.Value));
    }

    [Fact]
    public void ParseAll_DigestSummaryAfterTheLastCity_BelongsToNoReport()
    {
        // The portal's own digest closes with a table across all cities: its rows are no city's tasks or figures.
        var text = Compilation(SeedFiles.Aleysk, SeedFiles.Blagoveshchensk)
            + "\n\nОсновные показатели городов\n\nГород\tПресс-релизы, шт.\tФоторепортажи, шт.\nАлейск\t120\t40\nБлаговещенск\t2982\t360\n";

        var reports = ReportTextParser.ParseAll(text);

        var alone = SeedReports.Parse(SeedFiles.Blagoveshchensk);
        Assert.Equal(["Алейск", "Благовещенск"], reports.Select(r => r.Municipality));
        Assert.Equal(alone.PlannedTasks, reports[1].PlannedTasks);
        Assert.Equal(alone.Indicators.Select(f => (f.Value, f.Code)), reports[1].Indicators.Select(f => (f.Value, f.Code)));
        Assert.DoesNotContain("Основные показатели городов", reports[1].Text);
    }

    [Fact]
    public void ParseAll_CompilationWithACoverPage_DropsTheCover()
    {
        var text = "Сборник ответов городов на вопросы анкеты\n\nСоставитель: ассоциация\n\n" + Compilation(SeedFiles.Aleysk, SeedFiles.Seversk);

        var reports = ReportTextParser.ParseAll(text);

        Assert.Equal(["Алейск", "Северск"], reports.Select(r => r.Municipality));
        Assert.StartsWith("АЛЕЙСК", reports[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OneReport))]
    public void ParseAll_OneReport_IsOneParse_TheSameAsParse(string file)
    {
        var all = ReportTextParser.ParseAll(SeedFiles.Bytes(file));

        var only = Assert.Single(all);
        var alone = SeedReports.Parse(file);
        Assert.Equal(alone.Text, only.Text);
        Assert.Equal(alone.Indicators, only.Indicators);
        Assert.DoesNotContain(only.Warnings, w => w.Code == ParseWarningCodes.SeveralReports);
    }

    public static TheoryData<string> OneReport() => new(SeedFiles.All);

    [Fact]
    public void Parse_Compilation_ReadsTheFirstReport_AndWarnsHowManyItHolds()
    {
        var report = ReportTextParser.Parse(Compilation(SeedFiles.Blagoveshchensk, SeedFiles.Aleysk, SeedFiles.Khabarovsk));

        Assert.Equal("Благовещенск", report.Municipality);
        Assert.Equal(SeedReports.Parse(SeedFiles.Blagoveshchensk).Indicators.Select(f => f.Value), report.Indicators.Select(f => f.Value));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(ParseWarningCodes.SeveralReports, warning.Code);
        Assert.Equal(["3", "Благовещенск"], warning.Arguments);
    }

    [Fact]
    public void ParseAll_CityHeaderWithoutTheQuestion_IsNotACut()
    {
        // A city's name on a line of its own inside a report (a caption, a list of partners) starts nothing.
        var text = Questionnaire.Wrap("Подготовлено 120 пресс-релизов.\n\nТОМСК\n\nКоллеги поделились опытом работы.", 2019);

        Assert.Single(ReportTextParser.ParseAll(text));
    }

    [Fact]
    public void ParseAll_WordSoupOfHeadersAndQuestions_NeverThrows_AndEveryFigureIsInItsReport()
    {
        string[] words =
        [
            "ТОМСК", "АЛЕЙСК", "\n", "\n\n", "Что наиболее значительное удалось сделать в области информационной политики в 2019 году",
            "Звіт про роботу Теплодарської міської ради за 2018 рік", "Какие задачи стоят в 2020 году", "подготовлено", "120",
            "пресс-релизов", "до", "6", "часов", "г.", "Бийск", "міської ради",
        ];
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 300)).Select(_ => words[random.Next(words.Length)]));

            var reports = ReportTextParser.ParseAll(text);

            Assert.NotEmpty(reports);
            Assert.All(reports, r => Assert.All(r.Indicators, f => Assert.InRange(f.Start + f.Length, 0, r.Text.Length)));
        }
    }
}
