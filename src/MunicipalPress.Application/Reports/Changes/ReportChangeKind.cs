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

    /// <summary>
    /// The report moved while this instance was not listening (its connection to the database was lost): who changed
    /// what is unknown, only the version the report has now (ADR 0024). Never published by a service.
    /// </summary>
    Missed,
}
