namespace MunicipalPress.Domain.Reports;

public enum ReportStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
}
