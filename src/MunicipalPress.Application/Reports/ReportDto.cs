using System.Text.Json.Serialization;
using MunicipalPress.Application.FigureChecks;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

public sealed record ReportDto(
    int Id,
    int MunicipalityId,
    string MunicipalityName,
    int RegionId,
    string RegionName,
    int Year,
    ReportStatus Status,
    bool IsLate,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ApprovedAt,
    uint Version,
    IReadOnlyList<AchievementDto> Achievements,
    IReadOnlyList<PlannedTaskDto> PlannedTasks,
    IReadOnlyList<IndicatorValueDto> IndicatorValues,
    IReadOnlyList<PeerHighlightDto> PeerHighlights,
    IReadOnlyList<ReviewCommentDto> ReviewComments)
{
    /// <summary>
    /// Only in the answer to submit: the figure checks still open when the report went in. They are warnings; the
    /// submission succeeded. Absent (null) everywhere else.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FigureFlag>? Warnings { get; init; }
}
