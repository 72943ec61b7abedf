using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Web.Components.Pages.My;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The press officer's home page: which review comments wait for an answer (what is missing: ReportReadinessTests).</summary>
public sealed class MyReportTests
{
    private static readonly DateTimeOffset Day = new(2026, 2, 10, 9, 0, 0, TimeSpan.Zero);

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

    private static ReportDto Report() => new(
        5, 10, "Томск", 1, "Томская область", 2025, ReportStatus.Draft, false,
        Day, Day, null, null, 1, [], [], [], [], []);
}
