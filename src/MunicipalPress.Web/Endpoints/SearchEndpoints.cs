using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Search;

namespace MunicipalPress.Web.Endpoints;

public static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/search").WithTags("Search");
        group.MapGet("/", SearchAsync).WithName("Search");
    }

    /// <summary>
    /// Full-text search over achievements, planned tasks and peer highlights (Russian morphology; Ukrainian by
    /// whole words). Snippets are HTML-safe with matches in &lt;mark&gt;. q supports "phrases", OR and -minus.
    /// order: Relevance (default; equal matches newest year first) or Newest.
    /// </summary>
    private static async Task<Results<Ok<PagedResult<SearchHitDto>>, ValidationProblem>> SearchAsync(
        SearchService service,
        ClaimsPrincipal user,
        string? q,
        int? year,
        int? regionId,
        int? page,
        int? pageSize,
        string? order,
        CancellationToken ct)
    {
        var sort = SearchOrder.Relevance;
        if (order is not null && !(Enum.TryParse(order, ignoreCase: true, out sort) && Enum.IsDefined(sort)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["order"] = ["Order is relevance or newest."] });
        }

        return TypedResults.Ok(await service.SearchAsync(user.ToActor(), new SearchQuery(q, year, regionId, page ?? 1, pageSize ?? 20, sort), ct));
    }
}
