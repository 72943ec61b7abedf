using System.Net;
using System.Net.Http.Json;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>
/// The sign-in limit belongs to the endpoints, not to a path string: once an address has used its attempts,
/// no other spelling of a sign-in route reaches the password check, not even with the right password: it is 429,
/// or another 4xx (404, 405, 400) when the router does not take the spelling for a sign-in route at all. A 200 or
/// a 401 would mean the password was checked.
/// </summary>
public sealed class LoginRateLimitBypassTests(LoginRateLimitTests.StrictApp app) : IClassFixture<LoginRateLimitTests.StrictApp>
{
    public static readonly TheoryData<string> Variants =
    [
        "/api/v1/auth/login/",
        "/API/V1/AUTH/LOGIN",
        "/Api/v1/Auth/Login/",
        "//api/v1/auth/login",
        "/api/v1//auth/login",
        "/api/v1/auth/login?useCookies=true",
        "/api/v1/auth/refresh",
        "/api/v1/auth/refresh/",
        "/login",
        "/login/",
        "/LOGIN",
    ];

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task SignInRoute_AnySpelling_IsLimitedOnceTheAddressIsOverTheLimit(string path)
    {
        using var client = app.CreateClient();
        for (var i = 0; i <= LoginRateLimitTests.StrictApp.Limit; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@demo.local", password = "wrong-password-123" });
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("http://localhost" + path));
        request.Content = path.Contains("refresh", StringComparison.Ordinal)
            ? JsonContent.Create(new { refreshToken = "x" })
            : JsonContent.Create(new { email = DemoUsers.AdminEmail, password = DemoUsers.Password });
        var response = await client.SendAsync(request);

        Assert.True(
            (int)response.StatusCode is >= 400 and < 500 && response.StatusCode != HttpStatusCode.Unauthorized,
            $"POST {path} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task LoginPage_ShowingIt_IsNotAnAttempt()
    {
        using var client = app.CreateClient();
        for (var i = 0; i <= LoginRateLimitTests.StrictApp.Limit * 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
        }
    }
}
