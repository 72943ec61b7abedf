namespace MunicipalPress.Application.ReportingYears;

public sealed record CompletenessRowDto(
    int MunicipalityId,
    string MunicipalityName,
    CompletenessCategory Category,
    int? ReportId,
    DateTimeOffset? SubmittedAt,
    bool IsLate,
    DateTimeOffset? UpdatedAt);
