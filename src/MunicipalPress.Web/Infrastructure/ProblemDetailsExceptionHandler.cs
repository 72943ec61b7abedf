using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.Common;
using MunicipalPress.Domain.Common;
using MunicipalPress.Infrastructure.Persistence;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// Broken business rules become ProblemDetails: rules about input fields are a 400 with each field's errors;
/// any other broken rule (an illegal workflow step) is a 409; a permission refused is a 403; a stale version
/// is a 412 that carries the current version. Bad request bodies are 400s. A database that cannot be reached
/// is a 503 with Retry-After, not a 500: the request was fine and will work again.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public const string DatabaseUnavailable = "The database is unavailable, try again";

    public const string NotReadable = "Not a valid value here (wrong type or number, or text with broken Unicode).";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        IResult? result = exception switch
        {
            ValidationFailedException e => TypedResults.ValidationProblem(e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value)),
            ForbiddenException e => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
            ConcurrencyConflictException e => TypedResults.Problem(
                e.Message,
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: "The report has changed",
                extensions: new Dictionary<string, object?> { ["currentVersion"] = e.CurrentVersion }),
            DomainException { Field: { } field } e => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [e.Message] }),
            DomainException e => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
            // A body the JSON reader refused at a known place (a wrong type, a lone surrogate): name that field.
            BadHttpRequestException { InnerException: JsonException { Path: { Length: > 1 } path } } => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [FieldOf(path)] = [NotReadable] }),
            BadHttpRequestException e => TypedResults.Problem(e.Message, statusCode: e.StatusCode, title: "Bad request"),
            // Nothing is wrong with the request: the database is stopped, restarting or out of connections (ADR 0024).
            _ when DatabaseFaults.IsUnavailable(exception) => TypedResults.Problem(
                "The request was not carried out. Try it again in a few seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: DatabaseUnavailable),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        if (result is ValidationProblem validation)
        {
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = validation.ProblemDetails,
                Exception = exception,
            });
        }

        var problem = (ProblemHttpResult)result;
        httpContext.Response.StatusCode = problem.StatusCode;
        if (problem.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = ((int)DatabaseFaults.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem.ProblemDetails,
            Exception = exception,
        });
    }

    /// <summary>"$.achievements[0].text" → "achievements[0].text", the name the field errors use.</summary>
    private static string FieldOf(string jsonPath) => jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
}
