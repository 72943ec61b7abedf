using MunicipalPress.Domain.Reporting;

namespace MunicipalPress.Application.ReportingYears;

public sealed record ReportingYearDto(int Year, DateOnly OpensOn, DateOnly Deadline, ReportingYearState State);
