using System.Globalization;

using MunicipalPress.Application.Search;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>The search page's address for a query, filters and page (the API's parameter names).</summary>
public static class SearchLink
{
    public static string For(string? q, int? year, int? regionId, int page = 1, SearchOrder order = SearchOrder.Relevance)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(q?.Trim() ?? string.Empty) };
        if (year is { } y)
        {
            parts.Add("year=" + y.ToString(CultureInfo.InvariantCulture));
        }

        if (regionId is { } r)
        {
            parts.Add("regionId=" + r.ToString(CultureInfo.InvariantCulture));
        }

        if (order != SearchOrder.Relevance)
        {
            parts.Add("order=" + order.ToString().ToLowerInvariant());
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return "/search?" + string.Join('&', parts);
    }
}
