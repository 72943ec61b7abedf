using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.Auditing;
using MunicipalPress.Application.Common;

namespace MunicipalPress.Web.Endpoints;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");
        group.MapGet("/", ListAsync).WithName("ListAuditEntries");
    }

    /// <summary>Administrators only: the audit trail, newest first, filtered by user, municipality, dates (inclusive) and entity type.</summary>
    private static async Task<Ok<PagedResult<AuditEntryDto>>> ListAsync(
        AuditService service,
        ClaimsPrincipal user,
        string? userId,
        int? municipalityId,
        DateOnly? from,
        DateOnly? to,
        string? entityType,
        int? page,
        int? pageSize,
        CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(
            user.ToActor(),
            new AuditQuery(userId, municipalityId, from, to, entityType, page ?? 1, pageSize ?? 50),
            ct));
}
