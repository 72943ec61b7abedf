namespace MunicipalPress.Application.Reports.Changes;

/// <summary>What happened to a report, so an open form knows whether its content, its status or only its thread moved.</summary>
public enum ReportChangeKind
{
    Created,
    Saved,
    Submitted,
    Returned,
    Approved,
    Reopened,
    Commented,
}
