using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using MunicipalPress.Application.Digests;

namespace MunicipalPress.Web.Endpoints;

/// <summary>
/// A digest written straight into the response, city by city (no Content-Length: the size is known only at the
/// end). The plan is made before this runs, so a refusal is still a 4xx ProblemDetails, never a broken download.
/// </summary>
internal sealed class DigestDownload(DigestService digests, DigestPlan plan, DigestFormat format) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = DigestFormats.ContentType(format);
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = plan.FileName(format),
            FileName = plan.FileName(format),
        }.ToString();
        response.Headers["X-Digest-Cities"] = plan.Header.Entries.Count.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await digests.WriteAsync(plan, format, response.Body, progress: null, httpContext.RequestAborted);
    }

    /// <summary>The documents' language follows the request's (ru, uk, en).</summary>
    public static string Language() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
