using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Web.Endpoints;

public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports");
        group.MapGet("/", ListAsync).WithName("ListReports");
        group.MapGet("/{id:int}", GetAsync).WithName("GetReport");
    }

    /// <summary>The report's version (PostgreSQL xmin) as a strong entity tag.</summary>
    public static string ETagFor(ReportDto report) =>
        new EntityTagHeaderValue($"\"{report.Version.ToString(CultureInfo.InvariantCulture)}\"").ToString();

    /// <summary>Reports visible to the caller, newest year first, paged (pageSize up to 500).</summary>
    private static async Task<Ok<PagedResult<ReportSummaryDto>>> ListAsync(
        ReportService service,
        ClaimsPrincipal user,
        int? year,
        int? municipalityId,
        ReportStatus? status,
        int? page,
        int? pageSize,
        CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(
            user.ToActor(),
            new ReportQuery(year, municipalityId, status, page ?? 1, pageSize ?? ReportQuery.DefaultPageSize),
            ct));

    /// <summary>One report with its content; 304 when If-None-Match carries the current ETag.</summary>
    private static async Task<Results<Ok<ReportDto>, NotFound, StatusCodeHttpResult>> GetAsync(
        int id,
        ReportService service,
        ClaimsPrincipal user,
        HttpContext context,
        CancellationToken ct)
    {
        var report = await service.GetAsync(user.ToActor(), id, ct);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        var etag = ETagFor(report);
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        context.Response.Headers.ETag = etag;
        return TypedResults.Ok(report);
    }
}
