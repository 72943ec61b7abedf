using MunicipalPress.Application.Imports;
using MunicipalPress.Web.Components.Pages.Imports;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The import page's logic without a browser: text runs for the marks, the default choices, the request.</summary>
public sealed class ImportEditorTests
{
    [Fact]
    public void SourceRuns_Split_PlainAndFigureRunsInOrder_SkippingBadOrOverlappingRanges()
    {
        var runs = SourceRuns.Split("Размещено 2 982 пресс-релиза и 360 фото.", [(31, 3), (10, 5), (12, 4), (-1, 2), (38, 10), (5, 0)]);

        Assert.Equal(
            [
                new SourceRun("Размещено ", null), new SourceRun("2 982", 1), new SourceRun(" пресс-релиза и ", null),
                new SourceRun("360", 0), new SourceRun(" фото.", null),
            ],
            runs);
        Assert.Equal("Размещено 2 982 пресс-релиза и 360 фото.", string.Concat(runs.Select(r => r.Text)));
        Assert.Equal([new SourceRun("текст", null)], SourceRuns.Split("текст", []));
        Assert.Empty(SourceRuns.Split(string.Empty, [(0, 1)]));
    }

    [Fact]
    public void NewEditor_AcceptsMatchedValidFiguresOncePerIndicator_AndFixesAPressOfficersCity()
    {
        var editor = new ImportEditor("report.txt", Preview(), fixedMunicipalityId: 7);

        Assert.Equal([true, false, false, false], editor.Figures.Select(f => f.Accepted));
        Assert.Equal(7, editor.MunicipalityId);
        Assert.Equal(2016, editor.Year);
        Assert.True(editor.IsReady);
    }

    [Fact]
    public void Editor_DuplicateOrUnmappedAcceptedFigures_AreNotReady()
    {
        var editor = new ImportEditor("report.txt", Preview(), null);

        editor.Figures[1].Accepted = true;
        Assert.Equal([1], editor.DuplicateIndicators);
        Assert.False(editor.IsReady);

        editor.Figures[1].IndicatorId = 2;
        editor.Figures[2].Accepted = true;
        Assert.Empty(editor.DuplicateIndicators);
        Assert.True(editor.HasUnmappedAccepted);
        Assert.False(editor.IsReady);

        editor.Figures[2].IndicatorId = 3;
        Assert.True(editor.IsReady);
    }

    [Fact]
    public void ToRequest_SendsAcceptedFiguresByIdWithTheirSentence_AndDropsEmptiedTexts()
    {
        var editor = new ImportEditor("report.txt", Preview(), null) { Year = 2015, ReplaceExistingContent = true };
        editor.Figures[0].Value = 3000;
        editor.Achievements[0].Text = "  ";
        editor.Achievements.Add(new ImportTextRow(" СМИ ", " Новое. "));

        var request = editor.ToRequest();

        Assert.Equal((11, 2015, true), (request.MunicipalityId, request.Year, request.ReplaceExistingContent));
        Assert.Equal([new ImportAchievement("СМИ", "Новое.")], request.Achievements);
        Assert.Equal([new ImportPlannedTask("Задача.")], request.PlannedTasks);
        Assert.Equal([new ImportIndicatorValue(null, 1, 3000, "Размещено 2982 пресс-релиза.")], request.Indicators);
    }

    [Fact]
    public void ShowErrors_PutsFigureErrorsOnTheAcceptedRowTheyAreAbout()
    {
        var editor = new ImportEditor("report.txt", Preview(), null);
        editor.Figures[0].Accepted = false;
        editor.Figures[2].Accepted = true;
        editor.Figures[2].IndicatorId = 3;

        editor.ShowErrors(new Dictionary<string, string[]>
        {
            ["indicators[0].value"] = ["must be a whole number"],
            ["year"] = ["There is no reporting year 2016."],
        });

        Assert.Equal("must be a whole number", editor.Figures[2].Error);
        Assert.Null(editor.Figures[0].Error);
        Assert.Equal(["year: There is no reporting year 2016."], editor.Errors);
        editor.ClearErrors();
        Assert.Empty(editor.Errors);
        Assert.All(editor.Figures, f => Assert.Null(f.Error));
    }

    private static ImportPreviewDto Preview() => new(
        "Благовещенск", 11, MunicipalityMatch.Found, 2016, 2017, "ru",
        [new ParsedAchievement(null, "Сделано.")],
        [new ParsedPlannedTask("Задача.")],
        [
            new ImportPreviewIndicatorDto(2982, "пресс-релиза", "press_releases", "Размещено 2982 пресс-релиза.", 10, 4, null, 1, null),
            new ImportPreviewIndicatorDto(120, "пресс-релизов", "press_releases", "И ещё 120 пресс-релизов.", 40, 3, null, 1, null),
            new ImportPreviewIndicatorDto(5, "раз", null, "Пять раз.", 60, 1, null, null, null),
            new ImportPreviewIndicatorDto(2.5m, "аккаунта", "social_accounts", "2,5 аккаунта.", 70, 3, null, 4, "must be a whole number"),
        ],
        [],
        new string('x', 100),
        "utf-8");
}
