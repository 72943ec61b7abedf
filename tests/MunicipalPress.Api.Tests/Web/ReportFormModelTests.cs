using System.Globalization;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Web.Components.Pages.Reports.Editing;
using static MunicipalPress.Api.Tests.Web.ReportFormSamples;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The report form's model without a browser: what a save sends, what it takes back, the browser copy.</summary>
public sealed class ReportFormModelTests
{
    [Fact]
    public void BuildSave_LeavesBlankEntriesInTheForm_AndKeepsTheStoredValueForAWrongOne()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        model.AddAchievement("Официальный сайт");
        model.Indicators.Single(i => i.Indicator.Id == RoadsShare.Id).Input = "150";

        var batch = model.BuildSave();

        Assert.Equal(["Первое достижение."], batch.Request.Achievements!.Select(a => a.Text));
        Assert.Equal(2, batch.HeldBack);
        var values = batch.Request.IndicatorValues!.ToDictionary(v => v.IndicatorId, v => v.Value);
        Assert.Equal(35m, values[RoadsShare.Id]);
        Assert.Equal(1200m, values[PressReleases.Id]);
        Assert.Equal(7m, values[Retired.Id]);
        Assert.False(values.ContainsKey(Unused.Id));
        Assert.DoesNotContain(model.Indicators, i => i.Indicator.Id == Unused.Id);
    }

    [Fact]
    public void BuildSave_SendsOutcomesOnlyWhenChosen()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        model.PreviousTasks[1].Outcome = TaskOutcome.Partly;
        model.PreviousTasks[1].Comment = "  Наполовину. ";

        var outcomes = model.BuildSave().Request.PreviousTaskOutcomes!;

        Assert.Equal([new TaskOutcomeInput(21, TaskOutcome.Done, null), new TaskOutcomeInput(22, TaskOutcome.Partly, "Наполовину.")], outcomes);
    }

    [Fact]
    public void Accept_GivesNewEntriesTheirIds_AndTakesIdsFromEntriesThatWereNotSent()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        model.Achievements[0].Text = " ";
        var added = model.AddAchievement("Мероприятия");
        added.Text = "Новое.";
        var batch = model.BuildSave();

        model.Accept(batch, Report() with { Achievements = [new AchievementDto(99, "Мероприятия", "Новое.", 0)], IndicatorValues = [] });

        Assert.Null(model.Achievements[0].Id);
        Assert.Equal(99, added.Id);
        Assert.All(model.Indicators, i => Assert.Null(i.SavedValue));
    }

    [Fact]
    public void Move_UpAndDown_StopsAtTheEnds()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        var second = model.AddAchievement();

        Assert.False(ReportFormModel.Move(model.Achievements, second, 1));
        Assert.True(ReportFormModel.Move(model.Achievements, second, -1));
        Assert.Same(second, model.Achievements[0]);
        Assert.False(ReportFormModel.Move(model.Achievements, second, -1));
    }

    [Fact]
    public void FieldLocator_MapsRequestIndexesToTheEntriesSent()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        var blank = model.AddAchievement();
        ReportFormModel.Move(model.Achievements, blank, -1);
        var batch = model.BuildSave();

        var target = FieldLocator.Locate("achievements[0].text", model, batch)!;

        Assert.Equal(ReportTab.Achievements, target.Tab);
        Assert.Equal(2, target.Position);
        Assert.Equal(FieldKeys.ElementId(FieldKeys.AchievementText("s11")), target.ElementId);
        Assert.Equal(FieldKeys.AddAchievement, FieldLocator.Locate("achievements", model, null)!.ElementId);
        Assert.Equal(ReportTab.Indicators, FieldLocator.Locate("press_releases", model, null)!.Tab);
        Assert.Null(FieldLocator.Locate("nonsense", model, null));
    }

    [Theory]
    [InlineData("ru", "1 234,5", 1234.5)]
    [InlineData("ru", "1\u00a0234", 1234)]
    [InlineData("ru", "1234.5", 1234.5)]
    [InlineData("ru", "1.234,5", 1234.5)]
    [InlineData("uk", "12,75", 12.75)]
    [InlineData("en", "2,982", 2982)]
    [InlineData("en", "2,982.5", 2982.5)]
    [InlineData("en", "-3", -3)]
    public void IndicatorInput_ReadsNumbersAsPeopleTypeThem(string culture, string text, double expected)
    {
        Assert.True(IndicatorInput.TryParse(text, new CultureInfo(culture), out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("ru", 1448, "1\u00a0448")]
    [InlineData("uk", 2982.5, "2\u00a0982,5")]
    [InlineData("en", 1448, "1,448")]
    [InlineData("en", 12.75, "12.75")]
    public void ForEditing_GroupsThousandsLikeLastYearsColumn_AndReadsBack(string culture, double stored, string shown)
    {
        var value = (decimal)stored;
        var text = IndicatorInput.ForEditing(value, new CultureInfo(culture));

        Assert.Equal(shown, text);
        Assert.True(IndicatorInput.TryParse(text, new CultureInfo(culture), out var back));
        Assert.Equal(value, back);
    }

    [Theory]
    [InlineData("")]
    [InlineData("много")]
    [InlineData("1,2,3.4.5")]
    public void IndicatorInput_RefusesWhatIsNotANumber(string text) =>
        Assert.False(IndicatorInput.TryParse(text, Russian, out _));

    [Fact]
    public void IndicatorInput_ChecksAsTheDomainDoes()
    {
        var bounded = PressReleases with { MinValue = 10, MaxValue = 100 };
        foreach (var value in new[] { -1m, 0m, 5m, 10m, 12.5m, 100m, 101m })
        {
            var domain = new Indicator("press_releases", "a", "b", "c", "шт.", IndicatorKind.Count, IndicatorCategory.Media, 1, 10, 100).Check(value);
            Assert.Equal(domain is null, IndicatorInput.Check(bounded, value) is null);
        }

        Assert.Equal(IndicatorProblemKind.PercentRange, IndicatorInput.Check(RoadsShare, 150)!.Kind);
        Assert.Equal(new IndicatorProblem(IndicatorProblemKind.AboveMaximum, 100), IndicatorInput.Check(bounded, 101));
    }

    [Theory]
    [InlineData(110, 100, 10)]
    [InlineData(90, 100, -10)]
    [InlineData(1, 3, -66.7)]
    public void ChangePercent_AgainstLastYear(double now, double before, double expected) =>
        Assert.Equal((decimal)expected, IndicatorInput.ChangePercent((decimal)now, (decimal)before));

    [Fact]
    public void ChangePercent_IsMissingWithoutLastYearOrFromZero()
    {
        Assert.Null(IndicatorInput.ChangePercent(5, null));
        Assert.Null(IndicatorInput.ChangePercent(5, 0));
        Assert.Null(IndicatorInput.ChangePercent(null, 5));
    }

    [Fact]
    public void Comparer_ListsChangedAddedAndValues_AgainstTheVersionTheUserStartedFrom()
    {
        var basis = Report();
        var model = ReportFormModel.From(basis, Previous(), Catalogue, Russian);
        model.Achievements[0].Text = "Моя правка.";
        model.AddAchievement().Text = "Моё новое.";
        var theirs = basis with
        {
            Achievements = [new AchievementDto(11, "Взаимодействие со СМИ", "Их правка.", 0), new AchievementDto(12, null, "Их новое.", 1)],
            IndicatorValues = [new IndicatorValueDto(PressReleases.Id, "press_releases", 1500, null)],
        };

        var differences = ReportComparer.Compare(model.BuildSave().Request, theirs, basis, id => $"#{id}", id => $"m{id}", Russian);

        Assert.Contains(new ReportDifference(ReportSection.Achievements, DifferenceKind.Changed, 1, "Взаимодействие со СМИ", "Моя правка.", "Их правка."), differences);
        Assert.Contains(differences, d => d is { Kind: DifferenceKind.AddedByMe, Mine: "Моё новое." });
        Assert.Contains(differences, d => d is { Kind: DifferenceKind.AddedByThem, Theirs: "Их новое." });
        Assert.Contains(differences, d => d is { Section: ReportSection.Indicators, Kind: DifferenceKind.Changed, Mine: "1\u00a0200 (за год)", Theirs: "1\u00a0500" });
        // The user's value of #2 was in the version they started from: the other editor cleared it.
        Assert.Contains(differences, d => d is { Section: ReportSection.Indicators, Kind: DifferenceKind.RemovedByThem, Title: "#2" });
    }

    [Fact]
    public void Comparer_TellsWhoRemovedAnEntry()
    {
        var basis = Report() with
        {
            Achievements = [new AchievementDto(11, null, "Общее.", 0), new AchievementDto(12, null, "Удалю я.", 1), new AchievementDto(13, null, "Удалят они.", 2)],
        };
        var model = ReportFormModel.From(basis, null, Catalogue, Russian);
        model.Achievements.RemoveAt(1);
        var theirs = basis with { Achievements = [basis.Achievements[0], basis.Achievements[1]] };

        var differences = ReportComparer.Compare(model.BuildSave().Request, theirs, basis, _ => "", _ => "", Russian);

        Assert.Contains(differences, d => d is { Kind: DifferenceKind.RemovedByMe, Theirs: "Удалю я." });
        Assert.Contains(differences, d => d is { Kind: DifferenceKind.RemovedByThem, Mine: "Удалят они." });
        Assert.DoesNotContain(differences, d => d.Kind is DifferenceKind.AddedByMe or DifferenceKind.AddedByThem);
    }

    [Fact]
    public void Comparer_SeesAReorderAndAStatusChange()
    {
        var report = Report() with
        {
            Achievements = [new AchievementDto(11, null, "А.", 0), new AchievementDto(12, null, "Б.", 1)],
        };
        var model = ReportFormModel.From(report, null, Catalogue, Russian);
        ReportFormModel.Move(model.Achievements, model.Achievements[1], -1);

        var differences = ReportComparer.Compare(model.BuildSave().Request, report with { Status = ReportStatus.Submitted }, report, _ => "", _ => "", Russian);

        Assert.Contains(differences, d => d.Kind == DifferenceKind.Reordered && d.Section == ReportSection.Achievements);
        Assert.Contains(differences, d => d.Kind == DifferenceKind.StatusChanged);
    }

    [Theory]
    [InlineData("status: Submitted → Returned", HistoryChangeKind.Status, "status", "Submitted", "Returned", 0, 0)]
    [InlineData("achievements: +2 −1", HistoryChangeKind.AddedRemoved, "achievements", null, null, 2, 1)]
    [InlineData("planned tasks: reordered", HistoryChangeKind.Reordered, "planned tasks", null, null, 0, 0)]
    [InlineData("indicator values: 5", HistoryChangeKind.Count, "indicator values", null, null, 5, 0)]
    [InlineData("press_releases: 10 → 12.5", HistoryChangeKind.Value, "press_releases", "10", "12.5", 0, 0)]
    [InlineData("press_releases: — → 3", HistoryChangeKind.Value, "press_releases", "—", "3", 0, 0)]
    [InlineData("social_subscribers: note changed", HistoryChangeKind.Note, "social_subscribers", null, null, 0, 0)]
    [InlineData("something new", HistoryChangeKind.Other, null, null, null, 0, 0)]
    public void HistoryChange_ReadsTheServicesSummaryLines(
        string line, HistoryChangeKind kind, string? subject, string? from, string? to, int added, int removed) =>
        Assert.Equal(new HistoryChange(kind, line, subject, from, to, added, removed), HistoryChange.Parse(line));

    [Fact]
    public void RetryBackoff_GrowsThenStaysAtThirtySeconds() =>
        Assert.Equal([2, 4, 8, 16, 30, 30], Enumerable.Range(1, 6).Select(a => (int)RetryBackoff.Delay(a).TotalSeconds));
}
