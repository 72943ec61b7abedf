using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Web.Components.Pages.My;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The press officer's home page: what is missing, which review comments wait for an answer.</summary>
public sealed class MyReportTests
{
    private static readonly DateTimeOffset Day = new(2026, 2, 10, 9, 0, 0, TimeSpan.Zero);

    private static readonly IndicatorDto Required = new(
        1, "press_releases", "Пресс-релизы", "Прес-релізи", "Press releases", "шт.", IndicatorKind.Count,
        IndicatorCategory.Media, null, null, true, true, 10);

    private static readonly IndicatorDto Optional = Required with { Id = 2, Code = "photo_reports", IsRequired = false };

    private static readonly IndicatorDto RequiredButRetired = Required with { Id = 3, Code = "old", IsActive = false };

    [Fact]
    public void Gaps_OfAReportNotStarted_AreEverything()
    {
        var gaps = ReportGaps.Of(null, Report() with { PlannedTasks = [Task(1, null), Task(2, TaskOutcome.Done)] }, [Required, Optional, RequiredButRetired]);

        Assert.True(gaps.NoAchievements);
        Assert.Equal([Required], gaps.MissingRequired);
        Assert.Equal([1], gaps.TasksWithoutOutcome.Select(t => t.Id));
        Assert.False(gaps.IsEmpty);
    }

    [Fact]
    public void Gaps_OfACompleteReport_AreNone()
    {
        var report = Report() with
        {
            Achievements = [new AchievementDto(1, null, "Сделано.", 0)],
            IndicatorValues = [new IndicatorValueDto(1, "press_releases", 10, null)],
        };

        Assert.True(ReportGaps.Of(report, null, [Required, Optional]).IsEmpty);
    }

    [Fact]
    public void Waiting_AreOthersCommentsAfterTheLastSaveOrSubmission_OnAReturnedReport()
    {
        var report = Report() with
        {
            Status = ReportStatus.Returned,
            ReviewComments =
            [
                new ReviewCommentDto(1, "Аналитик", "Старое замечание.", Day),
                new ReviewCommentDto(2, "Аналитик", "Уточните показатели.", Day.AddDays(3)),
                new ReviewCommentDto(3, "Пресс-служба", "Уточним.", Day.AddDays(4)),
            ],
        };
        IReadOnlyList<ReportHistoryEntryDto> history =
        [
            new(2, Day.AddDays(2), "Пресс-служба", ReportActions.Submit, []),
            new(3, Day.AddDays(3), "Аналитик", ReportActions.Return, []),
        ];

        Assert.Equal([2], ReviewWaiting.Comments(report, history, "Пресс-служба").Select(c => c.Id));
        Assert.Empty(ReviewWaiting.Comments(report, [.. history, new(4, Day.AddDays(5), "Пресс-служба", ReportActions.Save, [])], "Пресс-служба"));
        Assert.Empty(ReviewWaiting.Comments(report with { Status = ReportStatus.Submitted }, history, "Пресс-служба"));
    }

    private static PlannedTaskDto Task(int id, TaskOutcome? outcome) => new(id, "Задача.", null, id, outcome, null);

    private static ReportDto Report() => new(
        5, 10, "Томск", 1, "Томская область", 2025, ReportStatus.Draft, false,
        Day, Day, null, null, 1, [], [], [], [], []);
}
