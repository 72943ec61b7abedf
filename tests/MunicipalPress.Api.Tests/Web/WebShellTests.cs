using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;
using Serilog.Core;
using Serilog.Events;
using Xunit.Abstractions;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>
/// What every page and the API docs stand on: the component library's assets and the framework's script, Russian
/// sent as text, the docs behind sign-in, and one request log line that names who asked.
/// </summary>
[Collection(StaticLoggerCollection.Name)]
public sealed partial class WebShellTests(WebShellTests.DevelopmentApp app, ITestOutputHelper output) : IClassFixture<WebShellTests.DevelopmentApp>
{
    /// <summary>Development, as run.sh starts it: only there are the packages' static assets served from their folders.</summary>
    public sealed class DevelopmentApp : MunicipalPressAppFactory
    {
        protected override string EnvironmentName => "Development";
    }

    [Fact]
    public async Task LoginPage_LoadsMudBlazorAndTheFrameworkScript()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/login");

        foreach (var pattern in new[] { MudCss(), MudScript(), BlazorScript() })
        {
            var match = pattern.Match(html);
            Assert.True(match.Success, $"the page links no {pattern}");
            var asset = await client.GetAsync(match.Groups["url"].Value);
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{match.Groups["url"].Value}: {(int)asset.StatusCode} {await asset.Content.ReadAsStringAsync()}");
        }

        Assert.DoesNotContain("Radzen", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LoginPage_CarriesRussianAsText_NotAsCharacterReferences()
    {
        var html = await app.CreateClient().GetStringAsync("/login");

        Assert.Matches("[А-Яа-яЁё]{4,}", html);
        Assert.DoesNotMatch("&#x4[0-9A-F]{2};", html);
    }

    [Fact]
    public async Task PrerenderedPages_WeighLessWithCyrillicAsText()
    {
        var asText = await PrerenderedPagesAsync(app);
        await using var escaping = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.BasicLatin))));
        var asReferences = await PrerenderedPagesAsync(escaping);

        // The figures for docs/performance.md: the same pages, only the HTML encoder differs.
        foreach (var (page, bytes) in asText)
        {
            output.WriteLine($"{page}: {bytes.Length:N0} bytes with Cyrillic as text, {asReferences[page].Length:N0} bytes as character references");
            Assert.DoesNotMatch("&#x4[0-9A-F]{2};", Encoding.UTF8.GetString(bytes));
            Assert.Matches("&#x4[0-9A-F]{2};", Encoding.UTF8.GetString(asReferences[page]));
            Assert.True(bytes.Length < asReferences[page].Length, $"{page}: {bytes.Length} bytes against {asReferences[page].Length}");
        }
    }

    /// <summary>A press officer's report form (its prerender is the shell: the form loads over the circuit) and an approved report's page.</summary>
    private static async Task<Dictionary<string, byte[]>> PrerenderedPagesAsync<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory)
        where TEntryPoint : class
    {
        var client = factory.CreateClient(new() { HandleCookies = true });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true",
            new { email = DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk), password = DemoUsers.Password });
        login.EnsureSuccessStatusCode();
        var municipalities = await client.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/v1/municipalities");
        var id = municipalities!.Single(m => m["slug"].ToString() == DemoGeography.Blagoveshchensk)["id"];
        var reports = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reports?municipalityId={id}&year={DemoDataSeeder.FirstYear}");
        var reportId = reports.GetProperty("items")[0].GetProperty("id").GetInt32();
        return new()
        {
            ["report form"] = await client.GetByteArrayAsync($"/reports/{id}/{DemoDataSeeder.LastYear}"),
            ["approved report"] = await client.GetByteArrayAsync($"/reports/{reportId}"),
        };
    }

    [Theory]
    [InlineData("en", @"Deadline: \d{4}-\d{2}-\d{2}\b")]
    [InlineData("ru", @"Срок сдачи: \d{2}\.\d{2}\.\d{4}\b")]
    [InlineData("uk", @"\d{2}\.\d{2}\.\d{4}\b")]
    public async Task Dates_AreWrittenOneWayPerCulture_IsoInEnglish(string culture, string expected)
    {
        var client = app.CreateClient(new() { HandleCookies = true });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true",
            new { email = DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk), password = DemoUsers.Password });
        login.EnsureSuccessStatusCode();

        var html = await client.GetStringAsync($"/my?culture={culture}");

        Assert.Matches(expected, html);
        Assert.DoesNotMatch(@"\b\d{1,2}/\d{1,2}/\d{4}\b", html);
    }

    [Fact]
    public async Task ApiDocs_Anonymous_AreSentToSignIn()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=%2Fapi%2Fdocs", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task ApiDocs_SignedIn_ShowScalarOverTheOpenApiDocument()
    {
        var client = app.CreateClient(new() { HandleCookies = true });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = DemoUsers.AnalystEmail, password = DemoUsers.Password });
        login.EnsureSuccessStatusCode();

        var docs = await client.GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        var html = await docs.Content.ReadAsStringAsync();
        Assert.Contains("scalar", html, StringComparison.OrdinalIgnoreCase);
        // Scalar resolves the source against the app's base path: /openapi/v1.json.
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task RequestLog_NamesTheUserTheirRoleAndMunicipality()
    {
        var sink = new CollectingSink();
        await using var logged = app.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink)));
        var officer = logged.CreateClient();
        var token = await officer.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk), password = DemoUsers.Password });
        var bearer = (await token.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["accessToken"].ToString();
        officer.DefaultRequestHeaders.Authorization = new("Bearer", bearer);

        // A path no other test asks for: Serilog's pipeline is shared by the apps of the test classes running at the
        // same time, so the sink sees their request lines too.
        const string path = "/api/v1/municipalities/2147483000";
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await officer.GetAsync(path)).StatusCode);
        await logged.CreateClient().GetAsync(path);

        var lines = sink.Events.Where(e => e.Properties.TryGetValue("RequestPath", out var requestPath)
            && requestPath.ToString() == $"\"{path}\"").ToList();
        var signedIn = Assert.Single(lines, e => e.Properties["UserRole"].ToString() == "\"PressOfficer\"");
        Assert.NotEqual("\"anonymous\"", signedIn.Properties["UserId"].ToString());
        Assert.NotEqual("\"none\"", signedIn.Properties["MunicipalityId"].ToString());
        var anonymous = Assert.Single(lines, e => e.Properties["UserId"].ToString() == "\"anonymous\"");
        Assert.Equal("\"none\"", anonymous.Properties["UserRole"].ToString());
        Assert.Equal("401", anonymous.Properties["StatusCode"].ToString());
    }

    [Fact]
    public void Loggers_AreSharedPerCategory_SoCircuitsDoNotEachKeepTheirOwn()
    {
        var factory = app.Services.GetRequiredService<ILoggerFactory>();

        Assert.IsType<MunicipalPress.Web.Infrastructure.SharedLoggerFactory>(factory);
        Assert.Same(factory.CreateLogger("Microsoft.AspNetCore.Components.Routing.Router"), factory.CreateLogger("Microsoft.AspNetCore.Components.Routing.Router"));
    }

    [GeneratedRegex(@"href=""(?<url>/?_content/MudBlazor/MudBlazor\.min(\.[a-z0-9]+)?\.css)""")]
    private static partial Regex MudCss();

    [GeneratedRegex(@"src=""(?<url>/?_content/MudBlazor/MudBlazor\.min(\.[a-z0-9]+)?\.js)""")]
    private static partial Regex MudScript();

    [GeneratedRegex(@"src=""(?<url>/?_framework/blazor\.web(\.[a-z0-9]+)?\.js)""")]
    private static partial Regex BlazorScript();

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IEnumerable<LogEvent> Events => _events;

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
    }
}
