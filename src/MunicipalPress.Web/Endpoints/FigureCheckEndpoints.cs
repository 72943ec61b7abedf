using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.FigureChecks;

namespace MunicipalPress.Web.Endpoints;

public static class FigureCheckEndpoints
{
    public static void MapFigureCheckEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/reports/{id:int}/checks").WithTags("Figure checks");
        group.MapGet("/", GetAsync).WithName("GetReportChecks");
        group.MapPost("/acknowledged", AcknowledgeAsync).WithName("AcknowledgeReportCheck");
    }

    /// <summary>
    /// The report's figure checks: text against table, stated changes against last year's approved value, jumps and
    /// values outside the region's usual range. Open ones first, then those marked as intended. Warnings only: they
    /// never block a submission. Whoever may read the report may read its checks.
    /// </summary>
    private static async Task<Results<Ok<FigureChecksDto>, NotFound>> GetAsync(
        int id, FigureCheckService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetAsync(user.ToActor(), id, ct) is { } checks ? TypedResults.Ok(checks) : TypedResults.NotFound();

    /// <summary>
    /// Marks a check as intended by its key: it stops being open. The city's writers while the report is a draft or
    /// returned; analysts and administrators while it is submitted. 400 when the report has no such check now.
    /// </summary>
    private static async Task<Results<Ok<FigureChecksDto>, NotFound>> AcknowledgeAsync(
        int id, AcknowledgeFlagRequest request, FigureCheckService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.AcknowledgeAsync(user.ToActor(), id, request, ct) is { } checks ? TypedResults.Ok(checks) : TypedResults.NotFound();
}
