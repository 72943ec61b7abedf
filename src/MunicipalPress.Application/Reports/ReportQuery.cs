using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

/// <summary>
/// Which reports to list and in what order. Without <see cref="Sort"/>, the newest year comes first, then the
/// cities by name; with it, that column ascending (or descending) and the default order after it.
/// </summary>
public sealed record ReportQuery(
    int? Year = null,
    int? MunicipalityId = null,
    ReportStatus? Status = null,
    int Page = 1,
    int PageSize = ReportQuery.DefaultPageSize,
    ReportSort? Sort = null,
    bool Descending = false)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;
}
