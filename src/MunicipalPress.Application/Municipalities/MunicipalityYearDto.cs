using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Municipalities;

/// <summary>One reporting year as seen from a municipality: its report, if there is one the actor may see.</summary>
public sealed record MunicipalityYearDto(
    int Year,
    ReportingYearState YearState,
    DateOnly Deadline,
    int? ReportId,
    ReportStatus? Status,
    bool IsLate,
    DateTimeOffset? SubmittedAt);
