using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using MunicipalPress.Application.Imports;
using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Endpoints;

public static class ImportEndpoints
{
    public static void MapImportEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports");
        group.MapPost("/parse", ParseAsync)
            .WithName("ParseReport")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(DescribeReportBody);
        group.MapPost("/split", SplitAsync)
            .WithName("SplitCompilation")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(DescribeReportBody);
        group.MapPost("/", ApplyAsync).WithName("ImportReport");
    }

    /// <summary>
    /// Parses a report: the parse (as `import parse --json` prints it) plus the normalised text, each figure's
    /// offsets in it and matched indicatorId, and the matched municipalityId. Nothing is saved. 400 for an empty
    /// report or a file that cannot be read (damaged, a scanned PDF, a .doc without LibreOffice: the reason is under
    /// «file»), 413 above the size limit, 415 for a type the import does not read.
    /// </summary>
    private static async Task<Results<Ok<ImportPreviewDto>, ProblemHttpResult>> ParseAsync(
        HttpContext context,
        ImportService service,
        ClaimsPrincipal user,
        CancellationToken ct)
    {
        var (data, fileName, problem) = await ReadReportAsync(context.Request, ct);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            return TypedResults.Ok(await service.PreviewAsync(user.ToActor(), data!, fileName, ct));
        }
        catch (ImportFileException e)
        {
            return Unreadable(e);
        }
    }

    /// <summary>
    /// Splits a compilation (several cities' reports in one text, each starting with the city and the
    /// questionnaire's first question) into one parse per city, each in the shape of /imports/parse with its own
    /// municipality match and warnings. An ordinary report gives a list of one. Text and document files alike;
    /// nothing is saved; the same input rules and errors as /imports/parse.
    /// </summary>
    private static async Task<Results<Ok<ImportSplitDto>, ProblemHttpResult>> SplitAsync(
        HttpContext context,
        ImportService service,
        ClaimsPrincipal user,
        CancellationToken ct)
    {
        var (data, fileName, problem) = await ReadReportAsync(context.Request, ct);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            return TypedResults.Ok(await service.SplitAsync(user.ToActor(), data!, fileName, ct));
        }
        catch (ImportFileException e)
        {
            return Unreadable(e);
        }
    }

    // The body is read by hand (size and type are checked while reading), so describe it here.
    private static Task DescribeReportBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = $"The report as a text/plain (or application/pdf, Word, OpenDocument) body, or one file in multipart/form-data: "
                + $".txt (at most {ImportFileRules.MaxBytes / (1024 * 1024)} MB; UTF-8, UTF-16 and Windows-1251 are recognised), "
                + $".docx, .doc, .odt, .rtf or .pdf with a text layer (at most {ImportFileRules.MaxDocumentBytes / (1024 * 1024)} MB).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ["application/pdf"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    /// <summary>
    /// Turns a confirmed parse into the city's draft for the year: 201 with the new draft (and its ETag), or 200
    /// when the city's draft or returned report was filled. A submitted or approved report is never overwritten
    /// (409); a draft with content only with replaceExistingContent (409 otherwise). The report's permission
    /// rules apply (403); unknown indicator codes, a year without a reporting campaign and invalid content are
    /// 400 with errors per field.
    /// </summary>
    private static async Task<Results<Created<ReportDto>, Ok<ReportDto>, NotFound>> ApplyAsync(
        ImportRequest request,
        ImportService service,
        ClaimsPrincipal user,
        HttpContext context,
        CancellationToken ct)
    {
        var result = await service.ApplyAsync(user.ToActor(), request, ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.ETag = ReportEndpoints.ETagFor(result.Report);
        return result.Outcome == ImportOutcome.Created
            ? TypedResults.Created($"/api/v1/reports/{result.Report.Id}", result.Report)
            : TypedResults.Ok(result.Report);
    }

    /// <summary>A file the reader could not read: 400 with the reason under «file», as a validation problem.</summary>
    public static ProblemHttpResult Unreadable(ImportFileException e) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["file"] = [e.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The file cannot be read",
            Detail = e.Message,
        });

    private static async Task<(byte[]? Data, string? FileName, ProblemHttpResult? Problem)> ReadReportAsync(HttpRequest request, CancellationToken ct)
    {
        byte[]? data;
        string? fileName = null;
        if (ImportFileRules.FormatOfContentType(request.ContentType) is { } bodyFormat)
        {
            var limit = bodyFormat == ReportFileFormat.Text ? ImportFileRules.MaxBytes : ImportFileRules.MaxDocumentBytes;
            if (request.ContentLength > limit)
            {
                return (null, null, Problem(ImportFileProblem.TooLarge));
            }

            data = await ReadCappedAsync(request.Body, ct);
        }
        else if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
        {
            // Room for the part headers and boundaries around a file of the maximum size.
            if (request.ContentLength > ImportFileRules.MaxDocumentBytes + 64 * 1024)
            {
                return (null, null, Problem(ImportFileProblem.TooLarge));
            }

            var (file, name, problem) = await ReadSingleFileAsync(request, ct);
            if (problem is not null)
            {
                return (null, null, problem);
            }

            data = file;
            fileName = name;
        }
        else
        {
            return (null, null, Problem(ImportFileProblem.NotPlainText));
        }

        if (data is null)
        {
            return (null, null, Problem(ImportFileProblem.TooLarge));
        }

        return ImportFileRules.CheckContent(fileName, data) is { } contentProblem ? (null, null, Problem(contentProblem)) : (data, fileName, null);
    }

    /// <summary>The one file of a multipart form, streamed section by section (nothing is buffered to disk).</summary>
    private static async Task<(byte[]? Data, string? FileName, ProblemHttpResult? Problem)> ReadSingleFileAsync(HttpRequest request, CancellationToken ct)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            ? HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return (null, null, BadRequest("The multipart/form-data body has no boundary."));
        }

        var reader = new MultipartReader(boundary, request.Body);
        byte[]? file = null;
        string? fileName = null;
        var files = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition())
                {
                    continue;
                }

                if (++files > 1)
                {
                    return (null, null, BadRequest("Send one report file per request."));
                }

                fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
                if (ImportFileRules.CheckType(fileName, section.ContentType) is { } typeProblem)
                {
                    return (null, null, Problem(typeProblem));
                }

                file = await ReadCappedAsync(section.Body, ct);
                if (file is null)
                {
                    return (null, null, Problem(ImportFileProblem.TooLarge));
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A malformed or truncated body (the reader meets its end before the closing boundary) is the client's.
            return (null, null, BadRequest($"The multipart/form-data body could not be read: {e.Message}"));
        }

        return files == 0
            ? (null, null, BadRequest("The form has no file: send the report as one file (.txt, .docx, .odt, .pdf, …) or as a text/plain body."))
            : (file, fileName, null);
    }

    /// <summary>The stream's bytes, or null as soon as there are more than the limit.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > ImportFileRules.MaxDocumentBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult Problem(ImportFileProblem problem) => problem switch
    {
        ImportFileProblem.Empty => TypedResults.Problem(
            ImportFileRules.Describe(problem), statusCode: StatusCodes.Status400BadRequest, title: "The report is empty"),
        ImportFileProblem.TooLarge => TypedResults.Problem(
            ImportFileRules.Describe(problem), statusCode: StatusCodes.Status413PayloadTooLarge, title: "The report is too large"),
        _ => TypedResults.Problem(
            ImportFileRules.Describe(problem), statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not a report file the import reads"),
    };

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
}
