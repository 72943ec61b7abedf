using MunicipalPress.Infrastructure.Identity;

namespace MunicipalPress.Web.Endpoints;

public static class AuthEndpoints
{
    /// <summary>
    /// ASP.NET Core Identity's API endpoints under /api/v1/auth: POST login (with ?useCookies=true for a cookie,
    /// a bearer token otherwise), POST refresh, GET manage/info. Registration and e-mail flows are blocked
    /// (see UseBlockedIdentityRoutes): accounts are made by administrators.
    /// </summary>
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/auth").WithTags("Auth").MapIdentityApi<ApplicationUser>();
}
