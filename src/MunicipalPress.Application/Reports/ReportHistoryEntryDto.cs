namespace MunicipalPress.Application.Reports;

/// <summary>One step in a report's history with a short account of what changed since the step before.</summary>
public sealed record ReportHistoryEntryDto(
    long Id,
    DateTimeOffset OccurredAt,
    string UserName,
    string Action,
    IReadOnlyList<string> Changes);
