using System.Text.Json;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

/// <summary>
/// The content of one version of a report, kept as JSON in the audit trail. <see cref="Comment"/> is the review comment
/// that step added (a comment, a return), so the trail can say what was written; it is not part of the content.
/// </summary>
public sealed record ReportSnapshot(
    ReportStatus Status,
    IReadOnlyList<SnapshotAchievement> Achievements,
    IReadOnlyList<SnapshotTask> PlannedTasks,
    IReadOnlyList<SnapshotValue> IndicatorValues,
    IReadOnlyList<SnapshotHighlight> PeerHighlights,
    string? Comment = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ReportSnapshot Of(AnnualReport report, string? comment = null) => new(
        report.Status,
        report.Achievements.OrderBy(a => a.Order).Select(a => new SnapshotAchievement(a.Direction, a.Text)).ToList(),
        report.PlannedTasks.OrderBy(t => t.Order).Select(t => new SnapshotTask(t.Text, t.Outcome, t.OutcomeComment)).ToList(),
        report.IndicatorValues.OrderBy(v => v.IndicatorId).Select(v => new SnapshotValue(v.IndicatorId, v.Value, v.Note)).ToList(),
        report.PeerHighlights.OrderBy(h => h.Order).Select(h => new SnapshotHighlight(h.MentionedMunicipalityId, h.Text)).ToList(),
        comment);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportSnapshot? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ReportSnapshot>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
