using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Reports;
using static MunicipalPress.Domain.Tests.TestData;

namespace MunicipalPress.Domain.Tests.Reports;

/// <summary>AnnualReport.RecordTaskOutcome: last year's task, outcome written while next year's report is edited.</summary>
public class PlannedTaskOutcomeTests
{
    [Theory]
    [InlineData(TaskOutcome.Done)]
    [InlineData(TaskOutcome.Partly)]
    [InlineData(TaskOutcome.NotDone)]
    [InlineData(TaskOutcome.CarriedOver)]
    public void RecordTaskOutcome_NextYearDraft_RecordsOutcomeAndTrimmedComment(TaskOutcome outcome)
    {
        var lastYear = ReportIn(ReportStatus.Approved);
        var task = lastYear.PlannedTasks[0];

        lastYear.RecordTaskOutcome(task, outcome, "  Сайт запущен в мае. ", Draft(Year + 1));

        Assert.Equal(outcome, task.Outcome);
        Assert.Equal("Сайт запущен в мае.", task.OutcomeComment);
        Assert.Null(lastYear.PlannedTasks[1].Outcome);
    }

    [Fact]
    public void RecordTaskOutcome_NextYearReturned_Allowed()
    {
        var lastYear = ReportIn(ReportStatus.Approved);
        var nextYear = ReportIn(ReportStatus.Returned, Year + 1);

        lastYear.RecordTaskOutcome(lastYear.PlannedTasks[0], TaskOutcome.Done, null, nextYear);

        Assert.Equal(TaskOutcome.Done, lastYear.PlannedTasks[0].Outcome);
    }

    [Fact]
    public void RecordTaskOutcome_BlankComment_StoredAsNull()
    {
        var lastYear = ReportIn(ReportStatus.Approved);

        lastYear.RecordTaskOutcome(lastYear.PlannedTasks[0], TaskOutcome.NotDone, "   ", Draft(Year + 1));

        Assert.Null(lastYear.PlannedTasks[0].OutcomeComment);
    }

    [Fact]
    public void RecordTaskOutcome_RecordedAgain_ReplacesOutcome()
    {
        var lastYear = ReportIn(ReportStatus.Approved);
        var task = lastYear.PlannedTasks[0];
        var nextYear = Draft(Year + 1);
        lastYear.RecordTaskOutcome(task, TaskOutcome.Partly, "half", nextYear);

        lastYear.RecordTaskOutcome(task, TaskOutcome.Done, null, nextYear);

        Assert.Equal(TaskOutcome.Done, task.Outcome);
        Assert.Null(task.OutcomeComment);
    }

    [Theory]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Approved)]
    public void RecordTaskOutcome_NextYearLocked_Throws(ReportStatus nextStatus)
    {
        var lastYear = ReportIn(ReportStatus.Approved);
        var nextYear = ReportIn(nextStatus, Year + 1);

        Assert.Throws<DomainException>(
            () => lastYear.RecordTaskOutcome(lastYear.PlannedTasks[0], TaskOutcome.Done, null, nextYear));

        Assert.Null(lastYear.PlannedTasks[0].Outcome);
    }

    [Theory]
    [InlineData(Year)]
    [InlineData(Year - 1)]
    [InlineData(Year + 2)]
    public void RecordTaskOutcome_ReportNotOfFollowingYear_Throws(int otherYear)
    {
        var lastYear = ReportIn(ReportStatus.Approved);

        Assert.Throws<DomainException>(
            () => lastYear.RecordTaskOutcome(lastYear.PlannedTasks[0], TaskOutcome.Done, null, Draft(otherYear)));

        Assert.Null(lastYear.PlannedTasks[0].Outcome);
    }

    [Fact]
    public void RecordTaskOutcome_ReportOfAnotherMunicipality_Throws()
    {
        var lastYear = ReportIn(ReportStatus.Approved);
        var otherCity = Draft(Year + 1, OtherMunicipalityId);

        Assert.Throws<DomainException>(
            () => lastYear.RecordTaskOutcome(lastYear.PlannedTasks[0], TaskOutcome.Done, null, otherCity));

        Assert.Null(lastYear.PlannedTasks[0].Outcome);
    }

    [Fact]
    public void RecordTaskOutcome_TaskOfAnotherReport_Throws()
    {
        var lastYear = ReportIn(ReportStatus.Approved);
        var foreignTask = Draft().AddPlannedTask("Чужая задача");

        var error = Assert.Throws<DomainException>(
            () => lastYear.RecordTaskOutcome(foreignTask, TaskOutcome.Done, null, Draft(Year + 1)));

        Assert.Contains("does not belong", error.Message);
        Assert.Null(foreignTask.Outcome);
    }

    [Fact]
    public void RecordTaskOutcome_CommentTooLong_Throws()
    {
        var lastYear = ReportIn(ReportStatus.Approved);
        var tooLong = new string('c', PlannedTask.CommentMaxLength + 1);

        Assert.Throws<DomainException>(
            () => lastYear.RecordTaskOutcome(lastYear.PlannedTasks[0], TaskOutcome.Done, tooLong, Draft(Year + 1)));

        Assert.Null(lastYear.PlannedTasks[0].Outcome);
    }
}
