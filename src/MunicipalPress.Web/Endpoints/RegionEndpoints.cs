using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.Regions;

namespace MunicipalPress.Web.Endpoints;

public static class RegionEndpoints
{
    public static void MapRegionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/regions").WithTags("Regions");
        group.MapGet("/", ListAsync).WithName("ListRegions");
    }

    private static async Task<Ok<IReadOnlyList<RegionDto>>> ListAsync(RegionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(ct));
}
