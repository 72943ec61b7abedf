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
    IReadOnlyList<ReviewCommentDto> ReviewComments);
