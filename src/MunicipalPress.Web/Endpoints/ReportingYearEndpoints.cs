using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.Digests;
using MunicipalPress.Application.ReportingYears;

namespace MunicipalPress.Web.Endpoints;

public static class ReportingYearEndpoints
{
    public static void MapReportingYearEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/reporting-years").WithTags("Reporting years");
        group.MapGet("/", ListAsync).WithName("ListReportingYears");
        group.MapPost("/", CreateAsync).WithName("CreateReportingYear");
        group.MapPut("/{year:int}", UpdateAsync).WithName("UpdateReportingYear");
        group.MapPost("/{year:int}/open", OpenAsync).WithName("OpenReportingYear");
        group.MapPost("/{year:int}/close", CloseAsync).WithName("CloseReportingYear");
        group.MapGet("/{year:int}/completeness", CompletenessAsync).WithName("GetCompleteness");
        group.MapGet("/{year:int}/digest", DigestAsync).WithName("GetDigest")
            .Produces(StatusCodes.Status200OK, contentType: DigestFormats.DocxContentType, additionalContentTypes: [DigestFormats.PdfContentType])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status404NotFound);
    }

    /// <summary>Analysts and administrators: every municipality's report state for the year, by region, with counts.</summary>
    private static async Task<Results<Ok<CompletenessDto>, NotFound>> CompletenessAsync(
        int year, ReportingYearService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetCompletenessAsync(user.ToActor(), year, ct) is { } completeness ? TypedResults.Ok(completeness) : TypedResults.NotFound();

    /// <summary>
    /// Analysts and administrators: the association's annual digest as .docx or .pdf (format=docx|pdf), streamed
    /// city by city in region order. Approved reports only, unless includeSubmitted=true (those are marked);
    /// regionId narrows it to one region. 400 for a bad format or an unknown region, 404 for an unknown year.
    /// </summary>
    private static async Task<IResult> DigestAsync(
        int year, string? format, int? regionId, bool? includeSubmitted, DigestService digests, ClaimsPrincipal user, CancellationToken ct)
    {
        var digestFormat = DigestFormats.Parse(format);
        var plan = await digests.PlanYearAsync(user.ToActor(), new DigestQuery(year, regionId, includeSubmitted ?? false), DigestDownload.Language(), ct);
        return plan is null ? TypedResults.NotFound() : new DigestDownload(digests, plan, digestFormat);
    }

    /// <summary>Administrators only. A new campaign starts Planned.</summary>
    private static async Task<Created<ReportingYearDto>> CreateAsync(
        ReportingYearRequest request, ReportingYearService service, ClaimsPrincipal user, CancellationToken ct)
    {
        var year = await service.CreateAsync(user.ToActor(), request, ct);
        return TypedResults.Created($"/api/v1/reporting-years/{year.Year}", year);
    }

    /// <summary>Administrators only: opening date and deadline.</summary>
    private static async Task<Results<Ok<ReportingYearDto>, NotFound>> UpdateAsync(
        int year, ReportingYearRequest request, ReportingYearService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.UpdateAsync(user.ToActor(), year, request, ct) is { } y ? TypedResults.Ok(y) : TypedResults.NotFound();

    /// <summary>Administrators only.</summary>
    private static async Task<Results<Ok<ReportingYearDto>, NotFound>> OpenAsync(
        int year, ReportingYearService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.OpenAsync(user.ToActor(), year, ct) is { } y ? TypedResults.Ok(y) : TypedResults.NotFound();

    /// <summary>Administrators only.</summary>
    private static async Task<Results<Ok<ReportingYearDto>, NotFound>> CloseAsync(
        int year, ReportingYearService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.CloseAsync(user.ToActor(), year, ct) is { } y ? TypedResults.Ok(y) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<ReportingYearDto>>> ListAsync(ReportingYearService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(ct));
}
