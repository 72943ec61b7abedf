using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing.Patterns;
using MunicipalPress.Domain.Common;
using MunicipalPress.Infrastructure.Identity;
using MunicipalPress.Web.Infrastructure;

namespace MunicipalPress.Web.Endpoints;

public static class AuthEndpoints
{
    /// <summary>
    /// Self-registration and the e-mail flows of the Identity API endpoints: accounts are made by administrators,
    /// so these answer 404 as if they did not exist (<see cref="WebApplicationExtensions.UseBlockedIdentityRoutes"/>)
    /// and are left out of the OpenAPI document.
    /// </summary>
    private static readonly HashSet<string> Blocked = new(StringComparer.OrdinalIgnoreCase)
    {
        "register", "forgotPassword", "resetPassword", "confirmEmail", "resendConfirmationEmail", "2fa",
    };

    /// <summary>
    /// ASP.NET Core Identity's API endpoints under /api/v1/auth: POST login (with ?useCookies=true for a cookie,
    /// a bearer token otherwise), POST refresh, GET manage/info. The rules are put on the endpoints themselves
    /// (by their route), so the router decides which request they apply to, whatever the spelling of its path:
    /// login and refresh carry the sign-in rate limit; login answers every refusal alike; the flows we do not
    /// offer are marked blocked.
    /// </summary>
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/auth").WithTags("Auth").MapIdentityApi<ApplicationUser>().Add(endpoint =>
        {
            switch (LastSegment(endpoint))
            {
                case "login":
                    endpoint.Metadata.Add(new EnableRateLimitingAttribute(LoginRateLimiting.Policy));
                    endpoint.FilterFactories.Add((_, next) => async context =>
                        RefusedInput(context) ?? SameForEveryRefusal(context, await next(context)));
                    break;
                case "refresh":
                    endpoint.Metadata.Add(new EnableRateLimitingAttribute(LoginRateLimiting.Policy));
                    break;
                case { } segment when Blocked.Contains(segment):
                    endpoint.Metadata.Add(BlockedIdentityRoute.Instance);
                    endpoint.Metadata.Add(new ExcludeFromDescriptionAttribute());
                    break;
            }
        });

    /// <summary>
    /// Identity says why a sign-in failed (Failed, LockedOut, NotAllowed; a disabled account is locked out), which
    /// tells a stranger that the account exists. The reason goes to the log; the caller gets one answer.
    /// </summary>
    private static object? SameForEveryRefusal(EndpointFilterInvocationContext context, object? result)
    {
        var problem = result switch
        {
            ProblemHttpResult p => p,
            INestedHttpResult { Result: ProblemHttpResult p } => p,
            _ => null,
        };
        if (problem?.StatusCode != StatusCodes.Status401Unauthorized)
        {
            return result;
        }

        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthEndpoints));
        var reason = problem.ProblemDetails.Detail;
        if (reason == nameof(SignInResult.LockedOut))
        {
            logger.LogWarning("API sign-in refused: the account is locked out or disabled");
        }
        else
        {
            logger.LogInformation("API sign-in refused: {Reason}", reason);
        }

        return TypedResults.Problem(
            "Wrong e-mail or password, or the account cannot sign in now.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign-in failed");
    }

    /// <summary>The sign-in's e-mail and password follow the text rule like every other input (NUL would reach the database).</summary>
    private static object? RefusedInput(EndpointFilterInvocationContext context)
    {
        if (context.Arguments.OfType<LoginRequest>().FirstOrDefault() is not { } login)
        {
            return null;
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(login.Email))
        {
            errors["email"] = ["Enter the e-mail address."];
        }
        else if (!TextRule.IsAcceptable(login.Email))
        {
            errors["email"] = [TextRule.Message];
        }

        if (login.Password is null)
        {
            errors["password"] = ["Enter the password."];
        }
        else if (!TextRule.IsAcceptable(login.Password))
        {
            errors["password"] = [TextRule.Message];
        }

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }

    private static string? LastSegment(EndpointBuilder endpoint) =>
        endpoint is RouteEndpointBuilder { RoutePattern.PathSegments: [.., { Parts: [RoutePatternLiteralPart literal] }] }
            ? literal.Content
            : null;
}
