using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

public sealed record ReportQuery(
    int? Year = null,
    int? MunicipalityId = null,
    ReportStatus? Status = null,
    int Page = 1,
    int PageSize = ReportQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;
}
