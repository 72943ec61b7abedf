namespace MunicipalPress.Application.Reports.Changes;

/// <summary>
/// One committed change to a report: which report, the version (xmin) it now has, what kind of change, and who
/// made it, so a page that has the report open can tell someone else's change from its own and from a version
/// it already shows.
/// </summary>
public sealed record ReportChange(int ReportId, uint Version, ReportChangeKind Kind, string ActorUserId, string ActorName);
