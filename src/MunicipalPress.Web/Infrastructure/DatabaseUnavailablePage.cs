using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using MunicipalPress.Infrastructure.Persistence;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// A page asked for while the database cannot be reached: a short page in the reader's language that says so and
/// loads itself again, with 503 and Retry-After, instead of the API's ProblemDetails JSON (ADR 0024). Runs before
/// <see cref="ProblemDetailsExceptionHandler"/>; the API and clients that do not ask for HTML get the ProblemDetails.
/// </summary>
public sealed class DatabaseUnavailablePage(IStringLocalizer<SharedResource> localizer) : IExceptionHandler
{
    /// <summary>How long the page waits before it loads itself again.</summary>
    public const int ReloadSeconds = 10;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        if (!DatabaseFaults.IsUnavailable(exception) || request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi")
            || !HttpMethods.IsGet(request.Method) || !request.GetTypedHeaders().Accept.Any(a => a.MediaType == "text/html"))
        {
            return false;
        }

        // The exception left the localization middleware's scope; the culture it chose stays on the request.
        var culture = httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentUICulture = culture;
        string title, text, retry;
        try
        {
            (title, text, retry) = (localizer["Error_DatabaseTitle"], localizer["Error_DatabaseText", ReloadSeconds], localizer["Error_DatabaseRetry"]);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = ((int)DatabaseFaults.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        httpContext.Response.Headers.CacheControl = "no-store";
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        var here = WebUtility.HtmlEncode(request.PathBase + request.Path + request.QueryString);
        await httpContext.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta http-equiv="refresh" content="{ReloadSeconds}" />
            <title>{WebUtility.HtmlEncode(title)} · MunicipalPress</title>
            </head>
            <body>
            <main data-testid="database-unavailable">
            <h1>{WebUtility.HtmlEncode(title)}</h1>
            <p>{WebUtility.HtmlEncode(text)}</p>
            <p><a href="{here}">{WebUtility.HtmlEncode(retry)}</a></p>
            </main>
            </body>
            </html>
            """,
            cancellationToken);
        return true;
    }
}
