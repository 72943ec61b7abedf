using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.Regions;

namespace MunicipalPress.Web.Endpoints;

public static class RegionEndpoints
{
    public static void MapRegionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/regions").WithTags("Regions");
        group.MapGet("/", ListAsync).WithName("ListRegions");
        group.MapPost("/", CreateAsync).WithName("CreateRegion");
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateRegion");
    }

    /// <summary>Administrators only.</summary>
    private static async Task<Created<RegionDto>> CreateAsync(RegionRequest request, RegionService service, ClaimsPrincipal user, CancellationToken ct)
    {
        var region = await service.CreateAsync(user.ToActor(), request, ct);
        return TypedResults.Created($"/api/v1/regions/{region.Id}", region);
    }

    /// <summary>Administrators only.</summary>
    private static async Task<Results<Ok<RegionDto>, NotFound>> UpdateAsync(
        int id, RegionRequest request, RegionService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.UpdateAsync(user.ToActor(), id, request, ct) is { } region ? TypedResults.Ok(region) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<RegionDto>>> ListAsync(RegionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(ct));
}
