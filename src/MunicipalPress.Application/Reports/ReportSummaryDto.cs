using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

public sealed record ReportSummaryDto(
    int Id,
    int MunicipalityId,
    string MunicipalityName,
    string RegionName,
    int Year,
    ReportStatus Status,
    bool IsLate,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset UpdatedAt);
