using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// Password guessing is slowed per client address by the named policy <see cref="Policy"/>, which the sign-in
/// endpoints carry themselves (POST /api/v1/auth/login and /refresh, the login page's form post): the limit
/// follows the endpoint the router chose, so no spelling of the path (a trailing slash, other case) escapes it.
/// Identity's lockout (5 failures → 5 minutes) protects each account on top of this.
/// </summary>
public static class LoginRateLimiting
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddLoginRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permitLimit = configuration.GetValue("MunicipalPress:LoginRateLimit:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("MunicipalPress:LoginRateLimit:WindowSeconds", 60));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many sign-in attempts",
                        Detail = $"Wait {window.TotalSeconds:0} seconds before trying again.",
                    },
                });
            };
            // Only attempts count: showing the login page (GET) is not one.
            options.AddPolicy(Policy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "local",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("not-an-attempt"));
        });
        return services;
    }
}
