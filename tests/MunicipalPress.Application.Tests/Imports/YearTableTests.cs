using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>
/// A table as tab-separated rows whose header names years (how a Word table arrives as text): each row is a
/// figure of the report year's column, with the year before's value kept; other tabs are spaces as before.
/// </summary>
public sealed class YearTableTests
{
    private const string Report =
        "ТОМСК\n\nЧто наиболее значительное удалось сделать в 2019 году\n\n"
        + "Работа шла по плану.\n\n"
        + "Показатель\t2017\t2018\t2019\n"
        + "Пресс-релизы\t1 500\t1 640\t1 702\n"
        + "Публичные слушания\t-\t12\t15\n"
        + "Итого по разделу\t\t\t\n\n"
        + "Проведено 9 пресс-конференций.\n";

    [Fact]
    public void Table_ReportYearColumnIsTheValue_PreviousYearKept_RowsAreNotAchievements()
    {
        var report = ReportTextParser.Parse(Report);

        var releases = Assert.Single(report.Indicators, i => i.Code == "press_releases");
        Assert.Equal((1702m, 1640m), (releases.Value, releases.PreviousValue));
        Assert.Equal("1 702", report.Text.Substring(releases.Start, releases.Length));
        var hearings = Assert.Single(report.Indicators, i => i.Label == "Публичные слушания");
        Assert.Equal((15m, 12m), (hearings.Value, hearings.PreviousValue));
        Assert.Contains(report.Indicators, i => i.Value == 9 && i.PreviousValue is null);
        Assert.DoesNotContain(report.Achievements, a => a.Text.Contains("Пресс-релизы", StringComparison.Ordinal));
        Assert.Equal(["Работа шла по плану.", "Проведено 9 пресс-конференций."], report.Achievements.Select(a => a.Text).ToList());
    }

    [Fact]
    public void Table_WithoutAStatedYear_TheLatestColumnCounts()
    {
        var report = ReportTextParser.Parse("Показатель\t2020 год\t2021 год\nПресс-релизы\t300\t320\n");

        var releases = Assert.Single(report.Indicators);
        Assert.Equal((320m, 300m), (releases.Value, releases.PreviousValue));
    }

    [Fact]
    public void TabsOutsideAYearTable_AreSpaces()
    {
        var report = ReportTextParser.Parse("ТОМСК\n\nЧто наиболее значительное удалось сделать в 2019 году\n\nРазмещено\t120\tпресс-релизов.\n\nНаправление\tОписание\nСМИ\tбрифинги\n");

        Assert.DoesNotContain('\t', report.Text);
        Assert.Equal(120m, Assert.Single(report.Indicators, i => i.Code == "press_releases").Value);
    }

    [Fact]
    public void Composer_WritesHeadingsListsAndTablesAsTheParserReadsThem()
    {
        var text = ReportDocumentComposer.Compose(
        [
            new DocumentParagraph("ТОМСК", DocumentParagraphKind.Heading),
            new DocumentParagraph("Что наиболее значительное удалось сделать в 2019 году", DocumentParagraphKind.Heading),
            new DocumentParagraph("Соцсети", DocumentParagraphKind.Heading),
            new DocumentParagraph("Открыты страницы во всех районах.\n"),
            new DocumentParagraph("Работа с редакциями городских, районных и областных газет, радио и телевидения весь год", DocumentParagraphKind.Heading),
            new DocumentParagraph("Проведено 9 пресс-конференций."),
            new DocumentTable([["Показатель", "2018", "2019"], ["Пресс-релизы", "1 640", "1 702"]]),
            new DocumentParagraph("Какие задачи стоят в 2020 году", DocumentParagraphKind.Heading),
            new DocumentParagraph("Открыть медиацентр.", DocumentParagraphKind.ListItem, "1."),
            new DocumentParagraph("Провести обучение.", DocumentParagraphKind.ListItem, "2."),
        ]);

        var report = ReportTextParser.Parse(text);

        Assert.Equal(("Томск", 2019, 2020), (report.Municipality, report.Year!.Value, report.PlanYear!.Value));
        Assert.Equal(
            ["Соцсети", "Работа с редакциями городских, районных и областных газет, радио и телевидения весь год"],
            report.Achievements.Select(a => a.Direction).ToList());
        Assert.Equal(["Открыть медиацентр.", "Провести обучение."], report.PlannedTasks.Select(t => t.Text).ToList());
        Assert.Equal((1702m, 1640m), (report.Indicators[0].Value, report.Indicators[0].PreviousValue));
        Assert.Contains("1. Открыть медиацентр.\n2. Провести обучение.", text, StringComparison.Ordinal);
    }
}
