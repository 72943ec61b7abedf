namespace MunicipalPress.Application.ReportingYears;

public enum CompletenessCategory
{
    NotStarted,
    Draft,
    SubmittedOnTime,
    SubmittedLate,
    Returned,
    Approved,
}
