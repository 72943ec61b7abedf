using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.Indicators;

namespace MunicipalPress.Web.Endpoints;

public static class IndicatorEndpoints
{
    public static void MapIndicatorEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/indicators").WithTags("Indicators");
        group.MapGet("/", ListAsync).WithName("ListIndicators");
    }

    /// <summary>The catalogue in display order; deactivated indicators too unless includeInactive=false.</summary>
    private static async Task<Ok<IReadOnlyList<IndicatorDto>>> ListAsync(
        IndicatorService service,
        bool? includeInactive,
        CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(includeInactive ?? true, ct));
}
