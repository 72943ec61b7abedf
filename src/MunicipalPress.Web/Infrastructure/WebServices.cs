using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using MunicipalPress.Infrastructure.Identity;
using MunicipalPress.Infrastructure.Persistence;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Infrastructure;

public static class WebServices
{
    public static readonly string[] SupportedCultures = ["ru", "uk", "en"];

    /// <summary>
    /// The culture a page is written in. Russian and Ukrainian dates (01.03.2026) read one way only; English takes
    /// ISO dates (2026-03-01) rather than the US month-first 3/1/2026, which a reader of the other two languages
    /// would take for the 3rd of January.
    /// </summary>
    public static CultureInfo PortalCulture(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        if (name == "en")
        {
            culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
            culture.DateTimeFormat.LongDatePattern = "d MMMM yyyy";
            culture.DateTimeFormat.ShortTimePattern = "HH:mm";
            culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        }

        return CultureInfo.ReadOnly(culture);
    }

    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration configuration)
    {
        // Pasted reports and prerendered lists exceed SignalR's 32 KB default; a larger message would close the circuit.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = 4 * 1024 * 1024);
        services.AddUi();
        // Russian and Ukrainian pages go out as text, not as &#x…; references (several times the bytes); the
        // encoder still escapes what HTML needs escaped (<, >, &, quotes).
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();

        // The .resx files live in Resources/, so their manifest names are MunicipalPress.Web.Resources.SharedResource*.
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(SupportedCultures[0]);
            options.SupportedCultures = [.. SupportedCultures.Select(PortalCulture)];
            options.SupportedUICultures = [.. SupportedCultures.Select(PortalCulture)];
            options.DefaultRequestCulture = new RequestCulture(PortalCulture(SupportedCultures[0]));
            // Only the user's explicit choice (cookie) or ?culture= switches language; Russian otherwise.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });

        services.AddIdentityApiEndpoints<ApplicationUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MunicipalPressDbContext>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();

        // Pages challenge with the cookie (redirect to /login); the API answers 401/403 instead of redirecting.
        services.Configure<AuthenticationOptions>(options =>
            options.DefaultChallengeScheme = IdentityConstants.ApplicationScheme);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/login";
            options.AccessDeniedPath = "/access-denied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();

        // Disabled users, role changes and password resets renew the security stamp: cookies are re-checked
        // every minute, and open circuits by the revalidating provider.
        var revalidation = TimeSpan.FromSeconds(configuration.GetValue("MunicipalPress:RevalidationSeconds", 60));
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = revalidation);
        services.AddSingleton(new Components.Account.RevalidationInterval(revalidation));
        services.AddSingleton<Components.Pages.Reports.Editing.MunicipalityDirectory>();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider,
            Components.Account.IdentityRevalidatingAuthenticationStateProvider>();
        services.AddLoginRateLimiting(configuration);

        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        // Bad request bodies reach ProblemDetailsExceptionHandler in every environment, so it can name the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<DatabaseUnavailablePage>();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // One plain round trip, past EF's retrying strategy: a probe wants the state now, not after ~4 s of retries.
        services.AddHealthChecks().AddDbContextCheck<MunicipalPressDbContext>("database", customTestQuery: async (db, cancellationToken) =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(cancellationToken);
            await using var ping = connection.CreateCommand();
            ping.CommandText = "SELECT 1";
            await ping.ExecuteScalarAsync(cancellationToken);
            return true;
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "MunicipalPress API";
            document.Info.Description =
                "Annual information-policy reports of municipal press services. Sign in with POST /api/v1/auth/login " +
                "and send the token as 'Authorization: Bearer …', or use the portal's cookie.";
            return Task.CompletedTask;
        }));
        return services;
    }

    private static Task ApiAwareRedirect(
        Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context,
        int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
