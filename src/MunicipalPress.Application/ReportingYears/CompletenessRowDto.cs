namespace MunicipalPress.Application.ReportingYears;

/// <summary>
/// One municipality's line of the year. <see cref="FiguresToCheck"/> counts the report's open figure checks (text
/// against table, stated changes, plausibility), so review can start where the figures disagree; null without a report.
/// </summary>
public sealed record CompletenessRowDto(
    int MunicipalityId,
    string MunicipalityName,
    CompletenessCategory Category,
    int? ReportId,
    DateTimeOffset? SubmittedAt,
    bool IsLate,
    DateTimeOffset? UpdatedAt,
    int? FiguresToCheck = null);
