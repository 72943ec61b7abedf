using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MunicipalPress.Infrastructure.Identity;
using MunicipalPress.Infrastructure.Persistence;

namespace MunicipalPress.Web.Infrastructure;

public static class WebApplicationExtensions
{
    public static async Task InitialiseDatabaseAsync(this WebApplication app, bool seedDemoData)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        if (seedDemoData)
        {
            await initializer.MigrateAndSeedDemoDataAsync();
        }
        else
        {
            await initializer.MigrateAsync();
        }
    }

    /// <summary>
    /// The Identity API endpoints include self-registration and e-mail flows we do not offer: accounts are
    /// created by administrators. Those endpoints carry <see cref="Endpoints.BlockedIdentityRoute"/> and answer 404
    /// as if they did not exist, before their body is read.
    /// </summary>
    public static IApplicationBuilder UseBlockedIdentityRoutes(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<Endpoints.BlockedIdentityRoute>() is not null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });

    /// <summary>
    /// Every request to a route that needs a signed-in user is checked against the account as it is now
    /// (<see cref="CurrentAccountCheck"/>), whether it carries a bearer token or the cookie: a disabled, demoted or
    /// password-reset user is anonymous from their next request on (401), instead of when the token expires or
    /// the cookie is next revalidated. A stale cookie is also removed.
    /// </summary>
    public static IApplicationBuilder UseCurrentAccountCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            if (context.User.Identity?.IsAuthenticated == true
                && endpoint?.Metadata.GetMetadata<IAuthorizeData>() is not null
                && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                var accounts = context.RequestServices.GetRequiredService<CurrentAccountCheck>();
                if (!await accounts.IsCurrentAsync(context.User, context.RequestAborted))
                {
                    if (context.Request.Headers.Authorization.Count == 0)
                    {
                        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                    }

                    context.User = new ClaimsPrincipal(new ClaimsIdentity());
                }
            }

            await next(context);
        });

    /// <summary>The interactive API docs are for signed-in users, like everything but login and /health.</summary>
    public static IApplicationBuilder UseApiDocsGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/docs") && context.User.Identity?.IsAuthenticated != true)
            {
                context.Response.Redirect("/login?ReturnUrl=%2Fapi%2Fdocs");
                return;
            }

            await next(context);
        });

    public static void MapHealthEndpoint(this WebApplication app) =>
        app.MapHealthChecks("/health").AllowAnonymous();
}
