namespace MunicipalPress.Application.Common;

/// <summary>
/// Page arguments as a list can use them: size between 1 and the list's maximum, page between 1 and
/// <see cref="MaxPage"/>. A page past the last row is just empty; the bound keeps (page - 1) × size (and the
/// search's page × size) far from int overflow, whatever number a client sends.
/// </summary>
public static class Paging
{
    public const int MaxPage = 100_000;

    public static (int Page, int PageSize) Clamp(int page, int pageSize, int maxPageSize)
    {
        var size = Math.Clamp(pageSize, 1, maxPageSize);
        return (Math.Clamp(page, 1, MaxPage), size);
    }
}
