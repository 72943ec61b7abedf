namespace MunicipalPress.Application.Reports;

/// <summary>The content of a report as it was after one step of its history.</summary>
public sealed record ReportVersionDto(
    long Id,
    int ReportId,
    DateTimeOffset OccurredAt,
    string UserName,
    string Action,
    ReportSnapshot Content);
