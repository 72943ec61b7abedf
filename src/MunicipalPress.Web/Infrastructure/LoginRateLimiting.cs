using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// Password guessing is slowed per client address on both sign-in routes (the login page's form post and
/// POST /api/v1/auth/login); everything else is not limited. Identity's lockout (5 failures → 5 minutes)
/// protects each account on top of this.
/// </summary>
public static class LoginRateLimiting
{
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
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignIn(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "local",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("other"));
        });
        return services;
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/api/v1/auth/login", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase));
}
