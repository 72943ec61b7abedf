using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using MunicipalPress.Infrastructure.Identity;
using MunicipalPress.Web.Infrastructure;

namespace MunicipalPress.Web.Endpoints;

/// <summary>Browser-only account routes: sign out and switch the UI language.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", LogoutAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/culture/set", SetCulture).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<RedirectHttpResult> LogoutAsync(SignInManager<ApplicationUser> signInManager)
    {
        await signInManager.SignOutAsync();
        return TypedResults.Redirect("/login");
    }

    private static RedirectHttpResult SetCulture(HttpContext context, [FromQuery] string culture, [FromQuery] string? redirectUri)
    {
        if (WebServices.SupportedCultures.Contains(culture))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }

        // Only local paths (the framework's test refuses "//host", "/\host" and control characters): the switch must
        // not become an open redirect.
        var target = redirectUri is { Length: > 0 } && RedirectHttpResult.IsLocalUrl(redirectUri) ? redirectUri : "/";
        return TypedResults.LocalRedirect(target);
    }
}
