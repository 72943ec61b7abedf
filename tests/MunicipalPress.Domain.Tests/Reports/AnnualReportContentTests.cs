using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reports;
using static MunicipalPress.Domain.Tests.TestData;

namespace MunicipalPress.Domain.Tests.Reports;

public enum EditAction
{
    AddAchievement,
    RemoveAchievement,
    MoveAchievement,
    AddPlannedTask,
    RemovePlannedTask,
    MovePlannedTask,
    SetIndicatorValue,
    ClearIndicatorValue,
    AddPeerHighlight,
    RemovePeerHighlight,
}

public class AnnualReportContentTests
{
    public static TheoryData<ReportStatus, EditAction> EditsInEditableStatus => EditsIn(ReportStatus.Draft, ReportStatus.Returned);

    public static TheoryData<ReportStatus, EditAction> EditsInLockedStatus => EditsIn(ReportStatus.Submitted, ReportStatus.Approved);

    [Theory]
    [MemberData(nameof(EditsInEditableStatus))]
    public void Edit_DraftOrReturned_ChangesContent(ReportStatus status, EditAction action)
    {
        var report = ReportIn(status);
        var before = Snapshot(report);

        Perform(report, action);

        Assert.NotEqual(before, Snapshot(report));
        Assert.Equal(status, report.Status);
    }

    [Theory]
    [MemberData(nameof(EditsInLockedStatus))]
    public void Edit_SubmittedOrApproved_ThrowsAndLeavesContent(ReportStatus status, EditAction action)
    {
        var report = ReportIn(status);
        var before = Snapshot(report);

        var error = Assert.Throws<DomainException>(() => Perform(report, action));

        Assert.Contains("cannot be changed", error.Message);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void AddAchievement_Draft_AppendsTrimmedWithNextOrder()
    {
        var report = Draft();

        var first = report.AddAchievement("  Взаимодействие со СМИ ", "  Первое. ");
        var second = report.AddAchievement("   ", "Второе.");

        Assert.Equal([first, second], report.Achievements);
        Assert.Equal("Взаимодействие со СМИ", first.Direction);
        Assert.Equal("Первое.", first.Text);
        Assert.Equal(0, first.Order);
        Assert.Null(second.Direction);
        Assert.Equal(1, second.Order);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AddAchievement_BlankText_Throws(string text)
    {
        var report = Draft();

        var error = Assert.Throws<DomainException>(() => report.AddAchievement(null, text));

        Assert.Equal("text", error.Field);
        Assert.Empty(report.Achievements);
    }

    [Fact]
    public void AddAchievement_TextAtMaxLength_Accepted()
    {
        var report = Draft();

        var achievement = report.AddAchievement(null, new string('a', Achievement.TextMaxLength));

        Assert.Equal(Achievement.TextMaxLength, achievement.Text.Length);
    }

    [Fact]
    public void AddAchievement_TextTooLong_Throws()
    {
        var report = Draft();

        Assert.Throws<DomainException>(() => report.AddAchievement(null, new string('a', Achievement.TextMaxLength + 1)));
        Assert.Empty(report.Achievements);
    }

    [Fact]
    public void AddAchievement_DirectionTooLong_Throws()
    {
        var report = Draft();

        var error = Assert.Throws<DomainException>(
            () => report.AddAchievement(new string('d', Achievement.DirectionMaxLength + 1), "text"));

        Assert.Equal("direction", error.Field);
    }

    [Fact]
    public void RemoveAchievement_Middle_RenumbersOrder()
    {
        var report = Draft();
        var a = report.AddAchievement(null, "A");
        var b = report.AddAchievement(null, "B");
        var c = report.AddAchievement(null, "C");

        report.RemoveAchievement(b);

        Assert.Equal([a, c], report.Achievements);
        Assert.Equal([0, 1], report.Achievements.Select(x => x.Order));
    }

    [Fact]
    public void RemoveAchievement_OfAnotherReport_NoChange()
    {
        var report = Draft();
        report.AddAchievement(null, "A");
        var foreign = Draft().AddAchievement(null, "Foreign");

        report.RemoveAchievement(foreign);

        Assert.Single(report.Achievements);
    }

    [Theory]
    [InlineData(0, "CAB")]
    [InlineData(1, "ACB")]
    [InlineData(2, "ABC")]
    [InlineData(99, "ABC")]
    [InlineData(-5, "CAB")]
    public void MoveAchievement_ToIndex_ReordersAndRenumbers(int newIndex, string expected)
    {
        var report = Draft();
        report.AddAchievement(null, "A");
        report.AddAchievement(null, "B");
        var c = report.AddAchievement(null, "C");

        report.MoveAchievement(c, newIndex);

        Assert.Equal(expected, string.Concat(report.Achievements.Select(x => x.Text)));
        Assert.Equal([0, 1, 2], report.Achievements.Select(x => x.Order));
    }

    [Fact]
    public void MoveAchievement_FirstToLast_Renumbers()
    {
        var report = Draft();
        var a = report.AddAchievement(null, "A");
        report.AddAchievement(null, "B");
        report.AddAchievement(null, "C");

        report.MoveAchievement(a, 2);

        Assert.Equal("BCA", string.Concat(report.Achievements.Select(x => x.Text)));
        Assert.Equal(2, a.Order);
    }

    [Fact]
    public void MoveAchievement_OfAnotherReport_Throws()
    {
        var report = Draft();
        report.AddAchievement(null, "A");
        var foreign = Draft().AddAchievement(null, "Foreign");

        Assert.Throws<DomainException>(() => report.MoveAchievement(foreign, 0));
        Assert.Single(report.Achievements);
    }

    [Fact]
    public void AddPlannedTask_Draft_AppendsTrimmedWithNextOrder()
    {
        var report = Draft();

        var first = report.AddPlannedTask(" Запустить сайт ", " Сайт ");
        var second = report.AddPlannedTask("Провести форум");

        Assert.Equal([first, second], report.PlannedTasks);
        Assert.Equal("Запустить сайт", first.Text);
        Assert.Equal("Сайт", first.Direction);
        Assert.Null(second.Direction);
        Assert.Equal([0, 1], report.PlannedTasks.Select(t => t.Order));
        Assert.Null(first.Outcome);
        Assert.Null(first.OutcomeComment);
    }

    [Fact]
    public void AddPlannedTask_BlankText_Throws()
    {
        var report = Draft();

        Assert.Throws<DomainException>(() => report.AddPlannedTask("  "));
        Assert.Empty(report.PlannedTasks);
    }

    [Fact]
    public void AddPlannedTask_TextTooLong_Throws()
    {
        Assert.Throws<DomainException>(() => Draft().AddPlannedTask(new string('t', PlannedTask.TextMaxLength + 1)));
    }

    [Fact]
    public void RemovePlannedTask_First_RenumbersOrder()
    {
        var report = Draft();
        var a = report.AddPlannedTask("A");
        var b = report.AddPlannedTask("B");
        var c = report.AddPlannedTask("C");

        report.RemovePlannedTask(a);

        Assert.Equal([b, c], report.PlannedTasks);
        Assert.Equal([0, 1], report.PlannedTasks.Select(t => t.Order));
    }

    [Fact]
    public void MovePlannedTask_LastToFront_ReordersAndRenumbers()
    {
        var report = Draft();
        var a = report.AddPlannedTask("A");
        var b = report.AddPlannedTask("B");
        var c = report.AddPlannedTask("C");

        report.MovePlannedTask(c, 0);

        Assert.Equal([c, a, b], report.PlannedTasks);
        Assert.Equal([0, 1, 2], report.PlannedTasks.Select(t => t.Order));
    }

    [Fact]
    public void MovePlannedTask_OfAnotherReport_Throws()
    {
        var report = Draft();
        report.AddPlannedTask("A");
        var foreign = Draft().AddPlannedTask("Foreign");

        Assert.Throws<DomainException>(() => report.MovePlannedTask(foreign, 0));
    }

    [Fact]
    public void SetIndicatorValue_NewIndicator_AddsValueWithTrimmedNote()
    {
        var report = Draft();

        var value = report.SetIndicatorValue(NewIndicator(7), 120, "  «Выпущено 120 пресс-релизов» ");

        Assert.Same(value, Assert.Single(report.IndicatorValues));
        Assert.Equal(7, value.IndicatorId);
        Assert.Equal(120m, value.Value);
        Assert.Equal("«Выпущено 120 пресс-релизов»", value.Note);
    }

    [Fact]
    public void SetIndicatorValue_BlankNote_StoredAsNull()
    {
        var value = Draft().SetIndicatorValue(NewIndicator(7), 1, "   ");

        Assert.Null(value.Note);
    }

    [Fact]
    public void SetIndicatorValue_SameIndicatorAgain_ReplacesValueAndNote()
    {
        var report = Draft();
        var indicator = NewIndicator(7);
        var first = report.SetIndicatorValue(indicator, 120, "old note");

        var second = report.SetIndicatorValue(indicator, 130);

        Assert.Same(first, second);
        var only = Assert.Single(report.IndicatorValues);
        Assert.Equal(130m, only.Value);
        Assert.Null(only.Note);
    }

    [Fact]
    public void SetIndicatorValue_DistinctIndicators_KeepsOneValueEach()
    {
        var report = Draft();

        report.SetIndicatorValue(NewIndicator(1, "press_releases"), 120);
        report.SetIndicatorValue(NewIndicator(2, "site_visits"), 5000);
        report.SetIndicatorValue(NewIndicator(1, "press_releases"), 121);

        Assert.Equal(2, report.IndicatorValues.Count);
        Assert.Equal(121m, report.IndicatorValues.Single(v => v.IndicatorId == 1).Value);
        Assert.Equal(5000m, report.IndicatorValues.Single(v => v.IndicatorId == 2).Value);
    }

    [Fact]
    public void SetIndicatorValue_ValueBreaksRule_ThrowsOnCodeAndStoresNothing()
    {
        var report = Draft();

        var error = Assert.Throws<DomainException>(() => report.SetIndicatorValue(NewIndicator(7, "press_releases"), 1.5m));

        Assert.Equal("press_releases", error.Field);
        Assert.Contains("whole number", error.Message);
        Assert.Empty(report.IndicatorValues);
    }

    [Fact]
    public void SetIndicatorValue_InvalidReplacement_KeepsPreviousValue()
    {
        var report = Draft();
        var indicator = NewIndicator(7, "coverage", IndicatorKind.Percent);
        report.SetIndicatorValue(indicator, 40, "note");

        Assert.Throws<DomainException>(() => report.SetIndicatorValue(indicator, 140));

        var value = Assert.Single(report.IndicatorValues);
        Assert.Equal(40m, value.Value);
        Assert.Equal("note", value.Note);
    }

    [Fact]
    public void SetIndicatorValue_NoteTooLong_Throws()
    {
        var report = Draft();

        Assert.Throws<DomainException>(
            () => report.SetIndicatorValue(NewIndicator(7), 1, new string('n', IndicatorValue.NoteMaxLength + 1)));
        Assert.Empty(report.IndicatorValues);
    }

    [Fact]
    public void ClearIndicatorValue_Existing_RemovesOnlyThatIndicator()
    {
        var report = Draft();
        report.SetIndicatorValue(NewIndicator(1, "press_releases"), 120);
        report.SetIndicatorValue(NewIndicator(2, "site_visits"), 5000);

        report.ClearIndicatorValue(1);

        Assert.Equal(2, Assert.Single(report.IndicatorValues).IndicatorId);
    }

    [Fact]
    public void ClearIndicatorValue_Unknown_NoChange()
    {
        var report = Draft();
        report.SetIndicatorValue(NewIndicator(1), 120);

        report.ClearIndicatorValue(99);

        Assert.Single(report.IndicatorValues);
    }

    [Fact]
    public void AddPeerHighlight_OtherMunicipality_AppendsTrimmedWithNextOrder()
    {
        var report = Draft();

        var first = report.AddPeerHighlight(OtherMunicipalityId, "  Проект соседей ");
        var second = report.AddPeerHighlight(OtherMunicipalityId + 1, "Ещё проект");

        Assert.Equal([first, second], report.PeerHighlights);
        Assert.Equal(OtherMunicipalityId, first.MentionedMunicipalityId);
        Assert.Equal("Проект соседей", first.Text);
        Assert.Equal([0, 1], report.PeerHighlights.Select(h => h.Order));
    }

    [Fact]
    public void AddPeerHighlight_OwnMunicipality_Throws()
    {
        var report = Draft();

        var error = Assert.Throws<DomainException>(() => report.AddPeerHighlight(MunicipalityId, "Мы молодцы"));

        Assert.Equal("mentionedMunicipalityId", error.Field);
        Assert.Empty(report.PeerHighlights);
    }

    [Fact]
    public void AddPeerHighlight_BlankText_Throws()
    {
        var report = Draft();

        Assert.Throws<DomainException>(() => report.AddPeerHighlight(OtherMunicipalityId, " "));
        Assert.Empty(report.PeerHighlights);
    }

    [Fact]
    public void RemovePeerHighlight_First_RenumbersOrder()
    {
        var report = Draft();
        var a = report.AddPeerHighlight(OtherMunicipalityId, "A");
        var b = report.AddPeerHighlight(OtherMunicipalityId, "B");

        report.RemovePeerHighlight(a);

        Assert.Same(b, Assert.Single(report.PeerHighlights));
        Assert.Equal(0, b.Order);
    }

    private static TheoryData<ReportStatus, EditAction> EditsIn(params ReportStatus[] statuses)
    {
        var data = new TheoryData<ReportStatus, EditAction>();
        foreach (var status in statuses)
        {
            foreach (var action in Enum.GetValues<EditAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    private static void Perform(AnnualReport report, EditAction action)
    {
        switch (action)
        {
            case EditAction.AddAchievement:
                report.AddAchievement(null, "Новое достижение");
                break;
            case EditAction.RemoveAchievement:
                report.RemoveAchievement(report.Achievements[0]);
                break;
            case EditAction.MoveAchievement:
                report.MoveAchievement(report.Achievements[0], 1);
                break;
            case EditAction.AddPlannedTask:
                report.AddPlannedTask("Новая задача");
                break;
            case EditAction.RemovePlannedTask:
                report.RemovePlannedTask(report.PlannedTasks[0]);
                break;
            case EditAction.MovePlannedTask:
                report.MovePlannedTask(report.PlannedTasks[0], 1);
                break;
            case EditAction.SetIndicatorValue:
                report.SetIndicatorValue(NewIndicator(1), 42);
                break;
            case EditAction.ClearIndicatorValue:
                report.ClearIndicatorValue(1);
                break;
            case EditAction.AddPeerHighlight:
                report.AddPeerHighlight(OtherMunicipalityId, "Новый проект соседей");
                break;
            case EditAction.RemovePeerHighlight:
                report.RemovePeerHighlight(report.PeerHighlights[0]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    private static string Snapshot(AnnualReport report) => string.Join(
        " | ",
        string.Join(";", report.Achievements.Select(a => $"{a.Order}:{a.Direction}:{a.Text}")),
        string.Join(";", report.PlannedTasks.Select(t => $"{t.Order}:{t.Direction}:{t.Text}")),
        string.Join(";", report.IndicatorValues.Select(v => $"{v.IndicatorId}={v.Value}:{v.Note}")),
        string.Join(";", report.PeerHighlights.Select(h => $"{h.Order}:{h.MentionedMunicipalityId}:{h.Text}")));
}
