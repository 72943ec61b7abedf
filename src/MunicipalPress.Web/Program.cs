using MunicipalPress.Application;
using MunicipalPress.Infrastructure;
using MunicipalPress.Infrastructure.Persistence;
using MunicipalPress.Web;
using MunicipalPress.Web.Components;
using MunicipalPress.Web.Endpoints;
using MunicipalPress.Web.Infrastructure;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddSerilogLogging();
builder.AddTelemetry();
// No "Server: Kestrel": the answer need not say what runs it.
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
builder.UseEmbeddedPostgresWhenUnconfigured();
// A build that is not published (bin/) finds its scripts and styles only through the static web assets manifest,
// which ASP.NET Core reads by itself in Development only: this runs a build in Production (the proxy test, the load bench).
if (builder.Configuration.GetValue<bool>("MunicipalPress:UseStaticWebAssets"))
{
    builder.WebHost.UseStaticWebAssets();
}

builder.Services.AddSingleton(builder.Configuration.GetSection("MunicipalPress:FigureChecks").Get<MunicipalPress.Application.FigureChecks.FigureCheckOptions>()
    ?? MunicipalPress.Application.FigureChecks.FigureCheckOptions.Default);
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddDataProtectionKeysInDatabase();
builder.Services.AddReportChangesAcrossInstances(builder.Configuration);
if (builder.Environment.IsDevelopment())
{
    builder.Services.AddDemoAccounts();
}

builder.Services.AddWebServices(builder.Configuration);
builder.Services.AddForwardedHeadersFromProxy(builder.Configuration);

var app = builder.Build();

if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("MunicipalPress:InitializeDatabase"))
{
    await app.InitialiseDatabaseAsync(seedDemoData: app.Environment.IsDevelopment()
        || app.Configuration.GetValue<bool>("MunicipalPress:SeedDemoData"));
}

await DataProtectionKeyBootstrap.EnsureKeyAsync(app.Services);

// First: everything after it (request log, rate limit, cookies, HSTS) sees the client, not the proxy (ADR 0025).
app.UseForwardedHeaders();
app.UseRequestLogging();
app.UseSecurityHeaders();
app.UseExceptionHandler();
// The API answers errors with ProblemDetails; people in a browser get a page that says what happened.
app.UseWhen(
    context => context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"),
    api => api.UseStatusCodePages());
app.UseWhen(
    context => !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/openapi"),
    pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));

// Routing after the status-code pages, so a re-executed request (/not-found) is routed again.
app.UseRouting();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseRequestLocalization();
app.UseRateLimiter();
app.UseBlockedIdentityRoutes();
app.UseAuthentication();
app.UseCurrentAccountCheck();
// Before authorisation, which would answer a browser without a session 401 (an /api path) instead of sending it to sign in.
app.UseApiDocsGuard();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthEndpoint();
app.MapOpenApi().RequireAuthorization();
// The interactive docs read /openapi/v1.json, which needs a signed-in user like the API it describes.
app.MapScalarApiReference("/api/docs", options => options
        .WithTitle("MunicipalPress API")
        .DisableDefaultFonts()
        .WithOpenApiRoutePattern("/openapi/{documentName}.json"))
    .RequireAuthorization();

app.MapAccountEndpoints();
app.MapAuthEndpoints();
var api = app.MapGroup("/api/v1").RequireAuthorization();
api.MapRegionEndpoints();
api.MapMunicipalityEndpoints();
api.MapIndicatorEndpoints();
api.MapReportingYearEndpoints();
api.MapReportEndpoints();
api.MapFigureCheckEndpoints();
api.MapUserEndpoints();
api.MapAuditEndpoints();
api.MapSearchEndpoints();
api.MapAnalyticsEndpoints();
api.MapImportEndpoints();

app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(options => CircuitWebSockets.Configure(options, app.Configuration));

app.Run();

/// <summary>Entry point type, public for WebApplicationFactory in the API and browser tests.</summary>
public partial class Program;
