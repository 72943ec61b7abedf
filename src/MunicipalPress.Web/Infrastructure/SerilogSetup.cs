using System.Security.Claims;
using MunicipalPress.Application.Security;
using Serilog;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// Serilog as the only logging provider, configured from appsettings, with one line per request that names who
/// asked: the user, their role and, for a press officer, their municipality (docs/decisions/0009).
/// </summary>
public static class SerilogSetup
{
    public const string RequestTemplate =
        "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms (user {UserId}, {UserRole}, municipality {MunicipalityId})";

    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        SharedLoggerFactory.Share(builder.Services);
        return builder;
    }

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = RequestTemplate;
            // The callback runs when the response is complete, after authentication has set the user.
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                var user = context.User;
                var signedIn = user.Identity?.IsAuthenticated == true;
                diagnostics.Set("UserId", signedIn ? user.FindFirstValue(ClaimTypes.NameIdentifier) : "anonymous");
                diagnostics.Set("UserRole", signedIn ? user.FindFirstValue(ClaimTypes.Role) ?? "none" : "none");
                diagnostics.Set("MunicipalityId", user.FindFirstValue(AppClaimTypes.MunicipalityId) ?? "none");
            };
        });
}
