using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// The headers every answer carries. Pages get a Content-Security-Policy that allows only what Blazor Server and
/// the UI library (Components/Ui) need: scripts from the portal itself (plus the framework's inline import map, by a per-request nonce),
/// styles from the portal and inline (the UI library sets style attributes), the circuit's WebSocket to this host, and
/// no framing by other sites. The Scalar docs (/api/docs, signed-in users only) render their configuration as
/// an inline script, so their page alone allows inline scripts. API answers are never cached.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "MunicipalPress.ScriptNonce";

    /// <summary>The nonce of this request's inline scripts (the import map), for App.razor.</summary>
    public static string? ScriptNonce(HttpContext? context) => context?.Items[NonceKey] as string;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Hex, not base64: the page's HTML encoder writes '+' and '/' as character references, and a nonce
            // should read the same in the header and in the markup.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs")
                    ? DocsPolicy
                    : PagePolicy(nonce, context.Request.Host.Value);
                if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });

    private static string PagePolicy(string nonce, string? host) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        (string.IsNullOrEmpty(host) ? "connect-src 'self'; " : $"connect-src 'self' ws://{host} wss://{host}; ") +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
}
