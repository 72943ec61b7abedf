using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.Indicators;

namespace MunicipalPress.Web.Endpoints;

public static class IndicatorEndpoints
{
    public static void MapIndicatorEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/indicators").WithTags("Indicators");
        group.MapGet("/", ListAsync).WithName("ListIndicators");
        group.MapPost("/", CreateAsync).WithName("CreateIndicator");
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateIndicator");
        group.MapPost("/{id:int}/deactivate", DeactivateAsync).WithName("DeactivateIndicator");
        group.MapPost("/{id:int}/activate", ActivateAsync).WithName("ActivateIndicator");
        group.MapPost("/{id:int}/publish", PublishAsync).WithName("PublishIndicator");
    }

    /// <summary>Administrators only.</summary>
    private static async Task<Created<IndicatorDto>> CreateAsync(
        IndicatorRequest request, IndicatorService service, ClaimsPrincipal user, CancellationToken ct)
    {
        var indicator = await service.CreateAsync(user.ToActor(), request, ct);
        return TypedResults.Created($"/api/v1/indicators/{indicator.Id}", indicator);
    }

    /// <summary>Administrators only; the code cannot change.</summary>
    private static async Task<Results<Ok<IndicatorDto>, NotFound>> UpdateAsync(
        int id, IndicatorRequest request, IndicatorService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.UpdateAsync(user.ToActor(), id, request, ct) is { } i ? TypedResults.Ok(i) : TypedResults.NotFound();

    /// <summary>Administrators only. The indicator leaves the form; entered values stay readable.</summary>
    private static async Task<Results<Ok<IndicatorDto>, NotFound>> DeactivateAsync(
        int id, IndicatorService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.SetActiveAsync(user.ToActor(), id, active: false, ct) is { } i ? TypedResults.Ok(i) : TypedResults.NotFound();

    /// <summary>Administrators only.</summary>
    private static async Task<Results<Ok<IndicatorDto>, NotFound>> ActivateAsync(
        int id, IndicatorService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.SetActiveAsync(user.ToActor(), id, active: true, ct) is { } i ? TypedResults.Ok(i) : TypedResults.NotFound();

    /// <summary>Administrators only. A draft indicator goes onto every report form, in its place in the catalogue's order.</summary>
    private static async Task<Results<Ok<IndicatorDto>, NotFound>> PublishAsync(
        int id, IndicatorService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.PublishAsync(user.ToActor(), id, ct) is { } i ? TypedResults.Ok(i) : TypedResults.NotFound();

    /// <summary>
    /// The catalogue in display order; deactivated indicators too unless includeInactive=false. Drafts are listed for
    /// administrators only, and only with includeDrafts=true.
    /// </summary>
    private static async Task<Ok<IReadOnlyList<IndicatorDto>>> ListAsync(
        IndicatorService service,
        ClaimsPrincipal user,
        bool? includeInactive,
        bool? includeDrafts,
        CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(
            includeInactive ?? true, includeDrafts == true && user.ToActor().IsAdministrator, ct));
}
