using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The headers every answer carries: a real CSP, nosniff, same-origin referrers, no-store on the API, HSTS, no Server.</summary>
public sealed partial class SecurityHeadersTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public async Task Page_Csp_AllowsScriptsFromTheSiteAndTheImportMapByNonceOnly()
    {
        var response = await app.CreateClient().GetAsync("/login");
        var html = await response.Content.ReadAsStringAsync();

        var csp = Policy(response);
        Assert.Equal("'self'", csp["default-src"]);
        var scripts = csp["script-src"].Split(' ');
        Assert.Equal("'self'", scripts[0]);
        Assert.Matches("^'nonce-[A-Za-z0-9+/=]{20,}'$", Assert.Single(scripts[1..]));
        Assert.Equal("'self' 'unsafe-inline'", csp["style-src"]);
        Assert.StartsWith("'self'", csp["connect-src"]);
        Assert.Equal("'self'", csp["frame-ancestors"]);
        Assert.Equal("'none'", csp["object-src"]);
        var nonce = scripts[1][7..^1];
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.All(ScriptTags().Matches(html), tag => Assert.True(tag.Value.Contains("src=\"", StringComparison.Ordinal) || tag.Value.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal), tag.Value));
    }

    [Fact]
    public async Task Page_Csp_NonceChangesPerRequest()
    {
        var client = app.CreateClient();

        var first = Policy(await client.GetAsync("/login"))["script-src"];
        var second = Policy(await client.GetAsync("/login"))["script-src"];

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/api/v1/regions")]
    [InlineData("/health")]
    public async Task EveryAnswer_IsNosniff_AndSendsReferrerOnlyToTheSite(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task ApiAnswers_AreNotStored_SignedInOrNot()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var ok = await analyst.GetAsync("/api/v1/regions");
        var refused = await app.CreateClient().GetAsync("/api/v1/regions");
        var login = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = DemoUsers.AnalystEmail, password = DemoUsers.Password });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True(ok.Headers.CacheControl?.NoStore);
        Assert.True(refused.Headers.CacheControl?.NoStore);
        Assert.True(login.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Https_OutsideDevelopment_SendsHsts()
    {
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://portal.example") });

        var response = await client.GetAsync("/login");

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiDocs_HaveTheirOwnPolicy_AndLoadNothingFromOtherSites()
    {
        var client = app.CreateClient(new() { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = DemoUsers.AnalystEmail, password = DemoUsers.Password })).EnsureSuccessStatusCode();

        var response = await client.GetAsync("/api/docs");
        var html = await response.Content.ReadAsStringAsync();

        var csp = Policy(response);
        Assert.Equal("'self'", csp["default-src"]);
        Assert.Equal("'self'", csp["connect-src"]);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        await using var kestrel = app.WithWebHostBuilder(_ => { });
        kestrel.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        kestrel.StartServer();
        var address = kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Select(h => h.Key)));
    }

    private static Dictionary<string, string> Policy(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty);

    [GeneratedRegex("<script[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptTags();
}
