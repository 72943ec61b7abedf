namespace MunicipalPress.Domain.Reporting;

public enum ReportingYearState
{
    Planned,
    Open,
    Closed,
}
