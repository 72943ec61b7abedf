using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Api.Tests.Operations;

/// <summary>
/// Behind nginx every connection comes from the proxy: the app must take the client's address and scheme from
/// X-Forwarded-For/-Proto, but only when the proxy sent them, never from anyone else (docs/decisions/0025). Real
/// Kestrel on loopback, since the in-memory test server has no remote address. The sign-in rate limit (per client
/// address) and the cookie's Secure flag (per scheme) show what the app believed.
/// </summary>
public sealed class ForwardedHeadersTests(MunicipalPressAppFactory database) : IClassFixture<MunicipalPressAppFactory>
{
    private const string SignInLimit = "2";

    [Fact]
    public async Task SignInLimit_FromTheTrustedProxy_CountsEachClientAddressApart()
    {
        var (app, client) = Start(new() { ["MunicipalPress:LoginRateLimit:PermitLimit"] = SignInLimit });
        await using var running = app;
        using var owned = client;

        Assert.Equal(HttpStatusCode.Unauthorized, await FailedSignInAsync(client, "203.0.113.5"));
        Assert.Equal(HttpStatusCode.Unauthorized, await FailedSignInAsync(client, "203.0.113.5"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FailedSignInAsync(client, "203.0.113.5"));
        // Another office behind the same proxy is not locked out by the first one's attempts.
        Assert.Equal(HttpStatusCode.Unauthorized, await FailedSignInAsync(client, "198.51.100.7"));
    }

    [Fact]
    public async Task SignInLimit_HeadersFromAnUntrustedAddress_AreIgnored()
    {
        // Only 192.0.2.10 is the proxy: the test's loopback connection is a client that writes its own headers.
        var (app, client) = Start(new()
        {
            ["MunicipalPress:LoginRateLimit:PermitLimit"] = SignInLimit,
            ["MunicipalPress:ForwardedHeaders:KnownProxies"] = "192.0.2.10",
        });
        await using var running = app;
        using var owned = client;

        Assert.Equal(HttpStatusCode.Unauthorized, await FailedSignInAsync(client, "203.0.113.5"));
        Assert.Equal(HttpStatusCode.Unauthorized, await FailedSignInAsync(client, "203.0.113.6"));
        // A fresh address in the header does not buy a fresh allowance.
        Assert.Equal(HttpStatusCode.TooManyRequests, await FailedSignInAsync(client, "203.0.113.7"));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("192.0.2.10", false)]
    public async Task SignInCookie_BehindTlsAtTheProxy_IsSecureOnlyWhenTheProxyIsTrusted(string? knownProxy, bool secure)
    {
        var settings = new Dictionary<string, string>();
        if (knownProxy is not null)
        {
            settings["MunicipalPress:ForwardedHeaders:KnownProxies"] = knownProxy;
        }

        var (app, client) = Start(settings);
        await using var running = app;
        using var owned = client;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login?useCookies=true")
        {
            Content = JsonContent.Create(new { email = DemoUsers.AnalystEmail, password = DemoUsers.Password }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.5");

        var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The app on Kestrel, and a client of it that keeps no cookies.</summary>
    private (IAsyncDisposable App, HttpClient Client) Start(Dictionary<string, string> settings)
    {
        var app = AppInstance.On(database.ConnectionString, settings: settings);
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(address) });
    }

    private static async Task<HttpStatusCode> FailedSignInAsync(HttpClient client, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = $"nobody-{Guid.NewGuid():N}@example.org", password = "Wrong-Password-1" }),
        };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return (await client.SendAsync(request)).StatusCode;
    }
}
