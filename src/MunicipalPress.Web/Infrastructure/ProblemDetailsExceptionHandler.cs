using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Domain.Common;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// Broken business rules become ProblemDetails: a rule about one input field is a 400 with that field's
/// error; any other (an illegal workflow step, a conflict) is a 409. Bad request bodies are 400s.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        IResult? result = exception switch
        {
            DomainException { Field: { } field } e => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [e.Message] }),
            DomainException e => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
            BadHttpRequestException e => TypedResults.Problem(e.Message, statusCode: e.StatusCode, title: "Bad request"),
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
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem.ProblemDetails,
            Exception = exception,
        });
    }
}
