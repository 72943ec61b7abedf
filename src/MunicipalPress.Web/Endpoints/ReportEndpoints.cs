using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Digests;
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
        group.MapPut("/{id:int}", SaveAsync).WithName("SaveReport");
        group.MapGet("/{id:int}/readiness", ReadinessAsync).WithName("GetReportReadiness");
        group.MapPost("/{id:int}/submit", SubmitAsync).WithName("SubmitReport");
        group.MapPost("/{id:int}/return", ReturnAsync).WithName("ReturnReport");
        group.MapPost("/{id:int}/approve", ApproveAsync).WithName("ApproveReport");
        group.MapPost("/{id:int}/reopen", ReopenAsync).WithName("ReopenReport");
        group.MapPost("/{id:int}/comments", CommentAsync).WithName("CommentOnReport");
        group.MapGet("/{id:int}/history", HistoryAsync).WithName("GetReportHistory");
        group.MapGet("/{id:int}/document", DocumentAsync).WithName("GetReportDocument")
            .Produces(StatusCodes.Status200OK, contentType: DigestFormats.DocxContentType, additionalContentTypes: [DigestFormats.PdfContentType])
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}/history/{entryId:long}", VersionAsync).WithName("GetReportVersion");
    }

    /// <summary>
    /// One report in the annual digest's layout, as .docx or .pdf (format=docx|pdf). Whoever may read the report
    /// may download it; a report the caller may not read (another city's draft) is 404.
    /// </summary>
    private static async Task<IResult> DocumentAsync(int id, string? format, DigestService digests, ClaimsPrincipal user, CancellationToken ct)
    {
        var documentFormat = DigestFormats.Parse(format);
        var plan = await digests.PlanReportAsync(user.ToActor(), id, DigestDownload.Language(), ct);
        return plan is null ? TypedResults.NotFound() : new DigestDownload(digests, plan, documentFormat);
    }

    /// <summary>
    /// Replaces the draft's content. Send the ETag of the version you edited in If-Match: 428 without it,
    /// 412 (with currentVersion) when someone saved in between; 400 with errors per field for invalid content.
    /// </summary>
    private static async Task<Results<Ok<ReportDto>, NotFound, ProblemHttpResult>> SaveAsync(
        int id,
        SaveReportRequest request,
        ReportEditingService service,
        ClaimsPrincipal user,
        HttpContext context,
        CancellationToken ct)
    {
        if (!TryReadIfMatch(context, out var version, out var problem))
        {
            return problem;
        }

        return WithETag(context, await service.SaveAsync(user.ToActor(), id, version!.Value, request, ct));
    }

    /// <summary>
    /// What the report lacks: "blocking" stops submission (the submit rule), "advisory" does not but a complete report
    /// has it (next year's tasks, every indicator, last year's tasks assessed).
    /// </summary>
    private static async Task<Results<Ok<ReportReadiness>, NotFound>> ReadinessAsync(
        int id, ReportWorkflowService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.ReadinessAsync(user.ToActor(), id, ct) is { } readiness ? TypedResults.Ok(readiness) : TypedResults.NotFound();

    /// <summary>Submits the report for review (validation must pass: errors per field otherwise).</summary>
    private static async Task<Results<Ok<ReportDto>, NotFound, ProblemHttpResult>> SubmitAsync(
        int id, ReportWorkflowService service, ClaimsPrincipal user, HttpContext context, CancellationToken ct) =>
        TryReadOptionalIfMatch(context, out var version, out var problem)
            ? WithETag(context, await service.SubmitAsync(user.ToActor(), id, version, ct))
            : problem;

    /// <summary>Returns a submitted report to the city with a comment (analysts, administrators).</summary>
    private static async Task<Results<Ok<ReportDto>, NotFound, ProblemHttpResult>> ReturnAsync(
        int id, CommentRequest request, ReportWorkflowService service, ClaimsPrincipal user, HttpContext context, CancellationToken ct) =>
        TryReadOptionalIfMatch(context, out var version, out var problem)
            ? WithETag(context, await service.ReturnAsync(user.ToActor(), id, request.Comment, version, ct))
            : problem;

    /// <summary>Approves a submitted report (analysts, administrators).</summary>
    private static async Task<Results<Ok<ReportDto>, NotFound, ProblemHttpResult>> ApproveAsync(
        int id, ReportWorkflowService service, ClaimsPrincipal user, HttpContext context, CancellationToken ct) =>
        TryReadOptionalIfMatch(context, out var version, out var problem)
            ? WithETag(context, await service.ApproveAsync(user.ToActor(), id, version, ct))
            : problem;

    /// <summary>Reopens an approved report as a draft (administrators).</summary>
    private static async Task<Results<Ok<ReportDto>, NotFound, ProblemHttpResult>> ReopenAsync(
        int id, ReportWorkflowService service, ClaimsPrincipal user, HttpContext context, CancellationToken ct) =>
        TryReadOptionalIfMatch(context, out var version, out var problem)
            ? WithETag(context, await service.ReopenAsync(user.ToActor(), id, version, ct))
            : problem;

    /// <summary>Adds a comment to the review thread.</summary>
    private static async Task<Results<Ok<ReportDto>, NotFound>> CommentAsync(
        int id, CommentRequest request, ReportWorkflowService service, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        var report = await service.CommentAsync(user.ToActor(), id, request.Comment, ct);
        return report is null ? TypedResults.NotFound() : WithETagOk(context, report);
    }

    /// <summary>Every save and workflow step, newest first, with what changed.</summary>
    private static async Task<Results<Ok<IReadOnlyList<ReportHistoryEntryDto>>, NotFound>> HistoryAsync(
        int id, ReportHistoryService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetHistoryAsync(user.ToActor(), id, ct) is { } history ? TypedResults.Ok(history) : TypedResults.NotFound();

    /// <summary>The report's content as it was after one history step.</summary>
    private static async Task<Results<Ok<ReportVersionDto>, NotFound>> VersionAsync(
        int id, long entryId, ReportHistoryService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetVersionAsync(user.ToActor(), id, entryId, ct) is { } version ? TypedResults.Ok(version) : TypedResults.NotFound();

    private static Results<Ok<ReportDto>, NotFound, ProblemHttpResult> WithETag(HttpContext context, ReportDto? report) =>
        report is null ? TypedResults.NotFound() : WithETagOk(context, report);

    private static Ok<ReportDto> WithETagOk(HttpContext context, ReportDto report)
    {
        context.Response.Headers.ETag = ETagFor(report);
        return TypedResults.Ok(report);
    }

    private static bool TryReadIfMatch(HttpContext context, out uint? version, out ProblemHttpResult problem)
    {
        problem = null!;
        version = null;
        if (context.Request.Headers.IfMatch.Count == 0)
        {
            problem = TypedResults.Problem(
                "Send the ETag of the version you edited in an If-Match header (GET the report to read it).",
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match required");
            return false;
        }

        return TryReadOptionalIfMatch(context, out version, out problem);
    }

    private static bool TryReadOptionalIfMatch(HttpContext context, out uint? version, out ProblemHttpResult problem)
    {
        problem = null!;
        version = null;
        var header = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return true;
        }

        if (EntityTagHeaderValue.TryParse(header, out var tag)
            && uint.TryParse(tag.Tag.Value?.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }

        problem = TypedResults.Problem(
            $"If-Match must be a report ETag such as \"123\"; got {header}.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "Bad If-Match");
        return false;
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
