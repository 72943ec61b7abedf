using System.Net;
using System.Net.Http.Json;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Api;

public sealed class LoginRateLimitTests(LoginRateLimitTests.StrictApp app) : IClassFixture<LoginRateLimitTests.StrictApp>
{
    [Fact]
    public async Task Login_TooManyAttemptsFromOneAddress_Returns429ProblemDetails()
    {
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= StrictApp.Limit; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@demo.local", password = "wrong-password-123" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        var first = statuses.IndexOf(HttpStatusCode.TooManyRequests);
        Assert.True(first > 0, string.Join(", ", statuses));
        Assert.All(statuses.Take(first), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.All(statuses.Skip(first), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    /// <summary>The app with a low sign-in limit per address.</summary>
    public sealed class StrictApp : MunicipalPressAppFactory
    {
        public const int Limit = 5;

        protected override int LoginPermitLimit => Limit;
    }
}
