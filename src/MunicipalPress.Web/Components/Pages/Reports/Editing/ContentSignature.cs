using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// The content that would be stored, as text, ignoring ids, keys, surrounding spaces, blank directions and notes,
/// and the order of indicator values: equal signatures mean nothing to save or restore. A signature is the SHA-256 of
/// that text, not the text: an open form keeps the stored report's signature for as long as it is open, and a copy of
/// the whole report per circuit was memory the comparison never needed (docs/performance.md).
/// </summary>
public static class ContentSignature
{
    /// <param name="withOutcomes">Last year's task outcomes belong to last year's report, so a stored report's signature has none.</param>
    public static string Of(ReportFormModel model, bool withOutcomes = true) => Of(model.BuildSave().Request, withOutcomes);

    public static string Of(ReportDto report) => Of(
        new SaveReportRequest(
            report.Achievements.Select(a => new AchievementInput(a.Id, a.Direction, a.Text)).ToList(),
            report.PlannedTasks.Select(t => new PlannedTaskInput(t.Id, t.Text, t.Direction)).ToList(),
            report.IndicatorValues.Select(v => new IndicatorValueInput(v.IndicatorId, v.Value, v.Note)).ToList(),
            report.PeerHighlights.Select(h => new PeerHighlightInput(h.Id, h.MentionedMunicipalityId, h.Text)).ToList()),
        withOutcomes: false);

    private static string Of(SaveReportRequest request, bool withOutcomes)
    {
        var text = new StringBuilder();
        foreach (var a in request.Achievements ?? [])
        {
            text.Append("A|").Append(Blank(a.Direction)).Append('|').Append(a.Text?.Trim()).Append('\n');
        }

        foreach (var t in request.PlannedTasks ?? [])
        {
            text.Append("T|").Append(Blank(t.Direction)).Append('|').Append(t.Text?.Trim()).Append('\n');
        }

        foreach (var v in (request.IndicatorValues ?? []).OrderBy(v => v.IndicatorId))
        {
            text.Append("I|").Append(v.IndicatorId).Append('|')
                .Append(v.Value.ToString("0.############", CultureInfo.InvariantCulture)).Append('|').Append(Blank(v.Note)).Append('\n');
        }

        foreach (var h in request.PeerHighlights ?? [])
        {
            text.Append("H|").Append(h.MentionedMunicipalityId).Append('|').Append(h.Text?.Trim()).Append('\n');
        }

        if (withOutcomes)
        {
            foreach (var o in (request.PreviousTaskOutcomes ?? []).OrderBy(o => o.TaskId))
            {
                text.Append("O|").Append(o.TaskId).Append('|').Append(o.Outcome).Append('|').Append(Blank(o.Comment)).Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
