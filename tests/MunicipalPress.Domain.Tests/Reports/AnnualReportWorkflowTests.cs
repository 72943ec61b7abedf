using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;
using static MunicipalPress.Domain.Tests.TestData;

namespace MunicipalPress.Domain.Tests.Reports;

public enum WorkflowAction
{
    Submit,
    Return,
    Approve,
    Reopen,
}

public class AnnualReportWorkflowTests
{
    private static readonly DateTimeOffset _actionAt = new(Year + 1, 2, 27, 12, 0, 0, TimeSpan.Zero);

    private static readonly (ReportStatus From, WorkflowAction Action, ReportStatus To)[] _allowed =
    [
        (ReportStatus.Draft, WorkflowAction.Submit, ReportStatus.Submitted),
        (ReportStatus.Returned, WorkflowAction.Submit, ReportStatus.Submitted),
        (ReportStatus.Submitted, WorkflowAction.Approve, ReportStatus.Approved),
        (ReportStatus.Submitted, WorkflowAction.Return, ReportStatus.Returned),
        (ReportStatus.Approved, WorkflowAction.Reopen, ReportStatus.Draft),
    ];

    private static readonly (ReportStatus From, WorkflowAction Action)[] _refused =
    [
        (ReportStatus.Submitted, WorkflowAction.Submit),
        (ReportStatus.Approved, WorkflowAction.Submit),
        (ReportStatus.Draft, WorkflowAction.Return),
        (ReportStatus.Returned, WorkflowAction.Return),
        (ReportStatus.Approved, WorkflowAction.Return),
        (ReportStatus.Draft, WorkflowAction.Approve),
        (ReportStatus.Returned, WorkflowAction.Approve),
        (ReportStatus.Approved, WorkflowAction.Approve),
        (ReportStatus.Draft, WorkflowAction.Reopen),
        (ReportStatus.Submitted, WorkflowAction.Reopen),
        (ReportStatus.Returned, WorkflowAction.Reopen),
    ];

    public static TheoryData<ReportStatus, WorkflowAction, ReportStatus> AllowedTransitions
    {
        get
        {
            var data = new TheoryData<ReportStatus, WorkflowAction, ReportStatus>();
            foreach (var (from, action, to) in _allowed)
            {
                data.Add(from, action, to);
            }

            return data;
        }
    }

    public static TheoryData<ReportStatus, WorkflowAction> RefusedTransitions
    {
        get
        {
            var data = new TheoryData<ReportStatus, WorkflowAction>();
            foreach (var (from, action) in _refused)
            {
                data.Add(from, action);
            }

            return data;
        }
    }

    public static TheoryData<ReportStatus> AllStatuses => [.. Enum.GetValues<ReportStatus>()];

    [Fact]
    public void TransitionTables_EveryStatusAndAction_ListedExactlyOnce()
    {
        var listed = _allowed.Select(t => (t.From, t.Action)).Concat(_refused).ToList();
        var everyPair = Enum.GetValues<ReportStatus>()
            .SelectMany(s => Enum.GetValues<WorkflowAction>(), (s, a) => (s, a))
            .ToList();

        Assert.Equal(everyPair.Count, listed.Count);
        Assert.Equal(everyPair.ToHashSet(), listed.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Transition_Allowed_MovesToTargetStatus(ReportStatus from, WorkflowAction action, ReportStatus to)
    {
        var report = ReportIn(from);

        Perform(report, action);

        Assert.Equal(to, report.Status);
        Assert.Equal(_actionAt, report.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(RefusedTransitions))]
    public void Transition_Refused_ThrowsAndLeavesReportUnchanged(ReportStatus from, WorkflowAction action)
    {
        var report = ReportIn(from);
        var before = (report.UpdatedAt, report.SubmittedAt, report.ApprovedAt, report.IsLate, report.ReviewComments.Count);

        var error = Assert.Throws<DomainException>(() => Perform(report, action));

        Assert.Contains(from.ToString(), error.Message);
        Assert.Equal(from, report.Status);
        Assert.Equal(before, (report.UpdatedAt, report.SubmittedAt, report.ApprovedAt, report.IsLate, report.ReviewComments.Count));
    }

    [Theory]
    [InlineData(ReportStatus.Draft, true)]
    [InlineData(ReportStatus.Submitted, false)]
    [InlineData(ReportStatus.Returned, true)]
    [InlineData(ReportStatus.Approved, false)]
    public void IsEditable_ByStatus_OnlyDraftAndReturned(ReportStatus status, bool expected)
    {
        Assert.Equal(expected, ReportIn(status).IsEditable);
    }

    [Fact]
    public void Constructor_NewReport_IsEmptyDraft()
    {
        var report = new AnnualReport(MunicipalityId, Year, CreatedAt);

        Assert.Equal(MunicipalityId, report.MunicipalityId);
        Assert.Equal(Year, report.Year);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal(CreatedAt, report.CreatedAt);
        Assert.Equal(CreatedAt, report.UpdatedAt);
        Assert.Null(report.SubmittedAt);
        Assert.Null(report.ApprovedAt);
        Assert.False(report.IsLate);
        Assert.Empty(report.Achievements);
        Assert.Empty(report.PlannedTasks);
        Assert.Empty(report.IndicatorValues);
        Assert.Empty(report.PeerHighlights);
        Assert.Empty(report.ReviewComments);
    }

    [Theory]
    [InlineData(ReportingYear.MinYear - 1)]
    [InlineData(ReportingYear.MaxYear + 1)]
    [InlineData(0)]
    public void Constructor_YearOutOfRange_Throws(int year)
    {
        var error = Assert.Throws<DomainException>(() => new AnnualReport(MunicipalityId, year, CreatedAt));

        Assert.Equal(nameof(AnnualReport.Year), error.Field);
    }

    [Theory]
    [InlineData(ReportingYear.MinYear)]
    [InlineData(ReportingYear.MaxYear)]
    public void Constructor_YearAtBound_Accepted(int year)
    {
        Assert.Equal(year, new AnnualReport(MunicipalityId, year, CreatedAt).Year);
    }

    [Fact]
    public void Submit_RequiredIndicatorStillADraft_DoesNotBlock_OncePublishedItDoes()
    {
        var report = ReadyDraft();
        var required = WithId(
            new Indicator("new_required", "Новый", "Новий", "New", "шт.", IndicatorKind.Count, IndicatorCategory.Media, 10, isRequired: true, isDraft: true),
            77);

        Assert.Empty(report.FindSubmissionProblems([required]));

        required.Publish();
        Assert.Contains(report.FindSubmissionProblems([required]), p => p.Message.Contains("New"));
    }

    [Fact]
    public void Submit_ReadyDraft_SetsSubmittedAtAndUpdatedAt()
    {
        var report = ReadyDraft();

        report.Submit(OpenCampaign(), [], SubmittedAt);

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(SubmittedAt, report.SubmittedAt);
        Assert.Equal(SubmittedAt, report.UpdatedAt);
        Assert.Null(report.ApprovedAt);
        Assert.False(report.IsLate);
    }

    [Fact]
    public void Submit_DayAfterDeadline_MarksLate()
    {
        var report = ReadyDraft();
        var dayAfter = new DateTimeOffset(Deadline.AddDays(1), TimeOnly.MinValue, TimeSpan.Zero);

        report.Submit(OpenCampaign(), [], dayAfter);

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.True(report.IsLate);
        Assert.Equal(dayAfter, report.SubmittedAt);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(12, 0, 0)]
    [InlineData(23, 59, 59)]
    public void Submit_OnDeadlineDay_NotLate(int hour, int minute, int second)
    {
        var report = ReadyDraft();
        var onDeadline = new DateTimeOffset(Deadline, new TimeOnly(hour, minute, second), TimeSpan.Zero);

        report.Submit(OpenCampaign(), [], onDeadline);

        Assert.False(report.IsLate);
    }

    [Fact]
    public void Submit_LongAfterDeadline_AcceptedButLate()
    {
        var report = ReadyDraft();

        report.Submit(OpenCampaign(), [], new DateTimeOffset(Year + 1, 11, 30, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.True(report.IsLate);
    }

    [Fact]
    public void Submit_ResubmittedAfterDeadline_RecomputesLatenessAndSubmittedAt()
    {
        var report = ReportIn(ReportStatus.Returned);
        Assert.False(report.IsLate);
        var resubmittedAt = new DateTimeOffset(Deadline.AddDays(3), new TimeOnly(9, 0), TimeSpan.Zero);

        report.Submit(OpenCampaign(), [], resubmittedAt);

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.True(report.IsLate);
        Assert.Equal(resubmittedAt, report.SubmittedAt);
        Assert.Equal(resubmittedAt, report.UpdatedAt);
    }

    [Fact]
    public void Submit_ReturnedReport_KeepsReviewThread()
    {
        var report = ReportIn(ReportStatus.Returned);

        report.Submit(OpenCampaign(), [], _actionAt);

        Assert.Single(report.ReviewComments);
    }

    [Theory]
    [InlineData(ReportingYearState.Planned)]
    [InlineData(ReportingYearState.Closed)]
    public void Submit_CampaignNotOpen_Throws(ReportingYearState state)
    {
        var campaign = state == ReportingYearState.Planned ? Campaign() : ClosedCampaign();
        Assert.Equal(state, campaign.State);
        var report = ReadyDraft();

        var error = Assert.Throws<DomainException>(() => report.Submit(campaign, [], SubmittedAt));

        Assert.Contains("not open", error.Message);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Null(report.SubmittedAt);
    }

    [Theory]
    [InlineData(Year - 1)]
    [InlineData(Year + 1)]
    public void Submit_CampaignOfAnotherYear_Throws(int campaignYear)
    {
        var report = ReadyDraft();

        var error = Assert.Throws<DomainException>(() => report.Submit(OpenCampaign(campaignYear), [], SubmittedAt));

        Assert.Contains("does not match", error.Message);
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Submit_WithoutAchievements_ThrowsOnAchievementsField()
    {
        var report = Draft();

        var error = Assert.Throws<DomainException>(() => report.Submit(OpenCampaign(), [], SubmittedAt));

        Assert.Equal("achievements", error.Field);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Null(report.SubmittedAt);
    }

    [Fact]
    public void Submit_AllAchievementsRemoved_Throws()
    {
        var report = ReadyDraft();
        report.RemoveAchievement(report.Achievements[0]);

        Assert.Throws<DomainException>(() => report.Submit(OpenCampaign(), [], SubmittedAt));
    }

    [Fact]
    public void Submit_RequiredIndicatorMissing_ThrowsOnIndicatorCode()
    {
        var report = ReadyDraft();
        Indicator[] catalogue =
        [
            NewIndicator(1, "press_releases", isRequired: true),
            NewIndicator(2, "site_visits", isRequired: true),
        ];
        report.SetIndicatorValue(catalogue[0], 120);

        var error = Assert.Throws<DomainException>(() => report.Submit(OpenCampaign(), catalogue, SubmittedAt));

        Assert.Equal("site_visits", error.Field);
        Assert.Contains("a value is required", error.Message);
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Submit_RequiredIndicatorsFilled_Succeeds()
    {
        var report = ReadyDraft();
        Indicator[] catalogue =
        [
            NewIndicator(1, "press_releases", isRequired: true),
            NewIndicator(2, "site_visits", isRequired: true),
            NewIndicator(3, "events"),
        ];
        report.SetIndicatorValue(catalogue[0], 120);
        report.SetIndicatorValue(catalogue[1], 0);

        report.Submit(OpenCampaign(), catalogue, SubmittedAt);

        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Submit_RequiredIndicatorInactive_NotRequired()
    {
        var report = ReadyDraft();
        var retired = NewIndicator(1, "fax_messages", isRequired: true);
        retired.Deactivate();

        report.Submit(OpenCampaign(), [retired], SubmittedAt);

        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Submit_StoredValueBreaksTightenedBounds_Throws()
    {
        var report = ReadyDraft();
        var indicator = NewIndicator(1, "press_releases");
        report.SetIndicatorValue(indicator, 500);
        indicator.SetBounds(null, 100);

        var error = Assert.Throws<DomainException>(() => report.Submit(OpenCampaign(), [indicator], SubmittedAt));

        Assert.Equal("press_releases", error.Field);
        Assert.Contains("at most 100", error.Message);
    }

    [Fact]
    public void FindSubmissionProblems_ReadyReport_NoProblems()
    {
        var report = ReadyDraft();
        var indicator = NewIndicator(1, isRequired: true);
        report.SetIndicatorValue(indicator, 3);

        Assert.Empty(report.FindSubmissionProblems([indicator]));
    }

    [Fact]
    public void FindSubmissionProblems_SeveralProblems_ListsEveryOne()
    {
        var report = Draft();
        var bounded = NewIndicator(1, "press_releases");
        var required = NewIndicator(2, "site_visits", isRequired: true);
        report.SetIndicatorValue(bounded, 50);
        bounded.SetBounds(60, null);

        var problems = report.FindSubmissionProblems([bounded, required]);

        Assert.Equal(["achievements", "press_releases", "site_visits"], problems.Select(p => p.Field));
    }

    [Fact]
    public void FindSubmissionProblems_ValueOfIndicatorOutsideCatalogue_Ignored()
    {
        var report = ReadyDraft();
        report.SetIndicatorValue(NewIndicator(9, "legacy_count"), 5);

        Assert.Empty(report.FindSubmissionProblems([]));
    }

    [Fact]
    public void Approve_Submitted_SetsApprovedAt()
    {
        var report = ReportIn(ReportStatus.Submitted);

        report.Approve(ReviewedAt);

        Assert.Equal(ReportStatus.Approved, report.Status);
        Assert.Equal(ReviewedAt, report.ApprovedAt);
        Assert.Equal(ReviewedAt, report.UpdatedAt);
        Assert.Equal(SubmittedAt, report.SubmittedAt);
        Assert.False(report.IsEditable);
    }

    [Fact]
    public void Reopen_Approved_ClearsApprovedAtAndMakesEditableDraft()
    {
        var report = ReportIn(ReportStatus.Approved);

        report.Reopen(ReopenedAt);

        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Null(report.ApprovedAt);
        Assert.Equal(ReopenedAt, report.UpdatedAt);
        Assert.True(report.IsEditable);
        report.AddAchievement(null, "Дополнение после повторного открытия.");
        Assert.Equal(3, report.Achievements.Count);
    }

    [Fact]
    public void Reopen_ThenResubmitAndApprove_SetsNewTimestamps()
    {
        var report = ReportIn(ReportStatus.Approved);
        report.Reopen(ReopenedAt);
        var resubmittedAt = ReopenedAt.AddDays(1);
        var approvedAgainAt = ReopenedAt.AddDays(2);

        report.Submit(OpenCampaign(), [], resubmittedAt);
        report.Approve(approvedAgainAt);

        Assert.Equal(ReportStatus.Approved, report.Status);
        Assert.Equal(resubmittedAt, report.SubmittedAt);
        Assert.True(report.IsLate);
        Assert.Equal(approvedAgainAt, report.ApprovedAt);
    }

    [Fact]
    public void Return_Submitted_AddsReviewCommentAndKeepsSubmittedAt()
    {
        var report = ReportIn(ReportStatus.Submitted);

        report.Return(Analyst, "  Добавьте цифры по сайту.  ", ReviewedAt);

        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Equal(ReviewedAt, report.UpdatedAt);
        Assert.Equal(SubmittedAt, report.SubmittedAt);
        Assert.Null(report.ApprovedAt);
        var comment = Assert.Single(report.ReviewComments);
        Assert.Equal(Analyst.Id, comment.AuthorId);
        Assert.Equal(Analyst.Name, comment.AuthorName);
        Assert.Equal("Добавьте цифры по сайту.", comment.Text);
        Assert.Equal(ReviewedAt, comment.CreatedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    public void Return_BlankComment_ThrowsAndStaysSubmitted(string comment)
    {
        var report = ReportIn(ReportStatus.Submitted);

        var error = Assert.Throws<DomainException>(() => report.Return(Analyst, comment, ReviewedAt));

        Assert.Equal("comment", error.Field);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Empty(report.ReviewComments);
    }

    [Fact]
    public void Return_NullComment_Throws()
    {
        var report = ReportIn(ReportStatus.Submitted);

        Assert.Throws<DomainException>(() => report.Return(Analyst, null!, ReviewedAt));
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Return_CommentTooLong_ThrowsAndStaysSubmitted()
    {
        var report = ReportIn(ReportStatus.Submitted);

        Assert.Throws<DomainException>(
            () => report.Return(Analyst, new string('x', ReviewComment.TextMaxLength + 1), ReviewedAt));

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Empty(report.ReviewComments);
    }

    [Fact]
    public void Return_ReviewerWithoutId_ThrowsAndStaysSubmitted()
    {
        var report = ReportIn(ReportStatus.Submitted);

        Assert.Throws<DomainException>(() => report.Return(new Reviewer(" ", "Anna"), "Fix it.", ReviewedAt));

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Empty(report.ReviewComments);
    }

    [Fact]
    public void Return_SecondRound_AppendsToThread()
    {
        var report = ReportIn(ReportStatus.Returned);
        report.Submit(OpenCampaign(), [], _actionAt);

        report.Return(Analyst, "Ещё раз: цифры по сайту.", _actionAt.AddHours(1));

        Assert.Equal(2, report.ReviewComments.Count);
        Assert.Equal("Ещё раз: цифры по сайту.", report.ReviewComments[1].Text);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void AddComment_AnyStatus_Allowed(ReportStatus status)
    {
        var report = ReportIn(status);
        var countBefore = report.ReviewComments.Count;

        var comment = report.AddComment(Analyst, " Спасибо. ", _actionAt);

        Assert.Equal(countBefore + 1, report.ReviewComments.Count);
        Assert.Equal("Спасибо.", comment.Text);
        Assert.Equal(status, report.Status);
    }

    [Theory]
    [InlineData("", "Anna", "text")]
    [InlineData("analyst-1", " ", "text")]
    [InlineData("analyst-1", "Anna", "  ")]
    public void AddComment_BlankPart_Throws(string authorId, string authorName, string text)
    {
        var report = Draft();

        Assert.Throws<DomainException>(() => report.AddComment(new Reviewer(authorId, authorName), text, _actionAt));
        Assert.Empty(report.ReviewComments);
    }

    [Fact]
    public void Touch_AnyTime_SetsUpdatedAt()
    {
        var report = Draft();

        report.Touch(_actionAt);

        Assert.Equal(_actionAt, report.UpdatedAt);
        Assert.Equal(CreatedAt, report.CreatedAt);
    }

    private static void Perform(AnnualReport report, WorkflowAction action)
    {
        switch (action)
        {
            case WorkflowAction.Submit:
                report.Submit(OpenCampaign(), [], _actionAt);
                break;
            case WorkflowAction.Return:
                report.Return(Analyst, "Please add the website figures.", _actionAt);
                break;
            case WorkflowAction.Approve:
                report.Approve(_actionAt);
                break;
            case WorkflowAction.Reopen:
                report.Reopen(_actionAt);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
