namespace MunicipalPress.Application.Reports;

/// <summary>The column a report list is sorted by. Ties are broken by the default order (newest year, then city).</summary>
public enum ReportSort
{
    Year,
    Municipality,
    Region,

    /// <summary>In the order of the workflow (draft, submitted, returned, approved), not alphabetically.</summary>
    Status,
    SubmittedAt,
    UpdatedAt,
}
