namespace MunicipalPress.Web.Components.Shared;

/// <summary>
/// The page numbers a pager shows: the first, the last, and a few around the current one; null marks a gap
/// («1 … 4 5 6 … 20»).
/// </summary>
public static class Pagination
{
    public static IReadOnlyList<int?> Pages(int current, int pageCount, int around = 2)
    {
        if (pageCount <= 1)
        {
            return pageCount == 1 ? [1] : [];
        }

        current = Math.Clamp(current, 1, pageCount);
        var shown = new SortedSet<int> { 1, pageCount };
        for (var page = current - around; page <= current + around; page++)
        {
            if (page >= 1 && page <= pageCount)
            {
                shown.Add(page);
            }
        }

        var pages = new List<int?>();
        var previous = 0;
        foreach (var page in shown)
        {
            if (page - previous == 2)
            {
                pages.Add(previous + 1);
            }
            else if (page - previous > 2)
            {
                pages.Add(null);
            }

            pages.Add(page);
            previous = page;
        }

        return pages;
    }

    public static int PageCount(int total, int pageSize) => pageSize <= 0 ? 0 : (total + pageSize - 1) / pageSize;
}
