using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Web.Components.Pages.My;

/// <summary>The review comments a city has not answered yet.</summary>
public static class ReviewWaiting
{
    /// <summary>
    /// On a returned report: the comments written by others after the city's last save or submission
    /// (an edit or a resubmission is the answer). Nothing waits on a report in any other state.
    /// </summary>
    public static IReadOnlyList<ReviewCommentDto> Comments(
        ReportDto report,
        IReadOnlyList<ReportHistoryEntryDto> history,
        string myName)
    {
        if (report.Status != ReportStatus.Returned)
        {
            return [];
        }

        var lastAnswer = history
            .Where(h => h.Action is ReportActions.Save or ReportActions.Submit)
            .Select(h => h.OccurredAt)
            .DefaultIfEmpty(DateTimeOffset.MinValue)
            .Max();
        return report.ReviewComments
            .Where(c => c.CreatedAt > lastAnswer && c.AuthorName != myName)
            .ToList();
    }
}
