namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// What a server-side grid asks for: a page (1-based) of a given size, sorted by one column. The project's own
/// type, so pages and services never see the component library's paging arguments.
/// </summary>
public sealed record PageRequest(int Page, int PageSize, string? SortBy = null, bool Descending = false)
{
    public int Skip => Math.Max(0, (Page - 1) * PageSize);
}
