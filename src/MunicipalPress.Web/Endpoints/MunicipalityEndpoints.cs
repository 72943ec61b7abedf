using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Endpoints;

public static class MunicipalityEndpoints
{
    public static void MapMunicipalityEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/municipalities").WithTags("Municipalities");
        group.MapGet("/", ListAsync).WithName("ListMunicipalities");
        group.MapGet("/{id:int}", GetAsync).WithName("GetMunicipality");
        group.MapGet("/{id:int}/reports/{year:int}", GetReportAsync).WithName("GetMunicipalityReport");
        group.MapPost("/{id:int}/reports/{year:int}", CreateReportAsync).WithName("CreateMunicipalityReport");
        group.MapPost("/", CreateAsync).WithName("CreateMunicipality");
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateMunicipality");
        group.MapPost("/{id:int}/archive", ArchiveAsync).WithName("ArchiveMunicipality");
        group.MapPost("/{id:int}/restore", RestoreAsync).WithName("RestoreMunicipality");
    }

    /// <summary>Administrators only. The slug is made from the name (transliterated) and kept unique.</summary>
    private static async Task<Created<MunicipalityDto>> CreateAsync(
        MunicipalityRequest request, MunicipalityService service, ClaimsPrincipal user, CancellationToken ct)
    {
        var municipality = await service.CreateAsync(user.ToActor(), request, ct);
        return TypedResults.Created($"/api/v1/municipalities/{municipality.Id}", municipality);
    }

    /// <summary>Administrators only.</summary>
    private static async Task<Results<Ok<MunicipalityDto>, NotFound>> UpdateAsync(
        int id, MunicipalityRequest request, MunicipalityService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.UpdateAsync(user.ToActor(), id, request, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound();

    /// <summary>Administrators only. Archived municipalities keep their reports and leave lists and pickers.</summary>
    private static async Task<Results<Ok<MunicipalityDto>, NotFound>> ArchiveAsync(
        int id, MunicipalityService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.SetArchivedAsync(user.ToActor(), id, archived: true, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound();

    /// <summary>Administrators only.</summary>
    private static async Task<Results<Ok<MunicipalityDto>, NotFound>> RestoreAsync(
        int id, MunicipalityService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.SetArchivedAsync(user.ToActor(), id, archived: false, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound();

    /// <summary>Starts the city's (empty) draft for a year: 201 with its ETag; 409 when it already exists.</summary>
    private static async Task<Results<Created<ReportDto>, NotFound>> CreateReportAsync(
        int id,
        int year,
        ReportEditingService service,
        ClaimsPrincipal user,
        HttpContext context,
        CancellationToken ct)
    {
        var report = await service.CreateDraftAsync(user.ToActor(), id, year, ct);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ETag = ReportEndpoints.ETagFor(report);
        return TypedResults.Created($"/api/v1/reports/{report.Id}", report);
    }

    /// <summary>Municipalities by name; filter by region, search in the city or region name.</summary>
    private static async Task<Ok<IReadOnlyList<MunicipalityDto>>> ListAsync(
        MunicipalityService service,
        int? regionId,
        string? search,
        bool? includeArchived,
        CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(new MunicipalityQuery(regionId, search, includeArchived ?? false), ct));

    /// <summary>A municipality with every reporting year and the status of its report (where visible to the caller).</summary>
    private static async Task<Results<Ok<MunicipalityDetailsDto>, NotFound>> GetAsync(
        int id,
        MunicipalityService service,
        ClaimsPrincipal user,
        CancellationToken ct) =>
        await service.GetDetailsAsync(user.ToActor(), id, ct) is { } details
            ? TypedResults.Ok(details)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ReportDto>, NotFound>> GetReportAsync(
        int id,
        int year,
        ReportService service,
        ClaimsPrincipal user,
        HttpContext context,
        CancellationToken ct)
    {
        var report = await service.GetByMunicipalityAndYearAsync(user.ToActor(), id, year, ct);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ETag = ReportEndpoints.ETagFor(report);
        return TypedResults.Ok(report);
    }
}
