using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using MunicipalPress.Application.Users;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>A disabled user's open session ends at the next revalidation (one second here, a minute in production).</summary>
public sealed class SessionRevalidationTests(SessionRevalidationTests.FastRevalidationApp app) : IClassFixture<SessionRevalidationTests.FastRevalidationApp>
{
    [Fact]
    public async Task DisablingAUser_EndsTheirCookieSession_AfterRevalidation()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var users = await admin.GetFromJsonAsync<List<UserDto>>("/api/v1/users", JsonDefaults.Options);
        var officer = users!.Single(u => u.Email == DemoUsers.PressOfficerEmail(DemoGeography.Aleysk));
        using var browser = app.CreateClient(new() { HandleCookies = true });
        var login = await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = officer.Email, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/regions")).StatusCode);

        await admin.PutAsJsonAsync($"/api/v1/users/{officer.Id}", new { displayName = officer.DisplayName, role = "PressOfficer", municipalityId = officer.MunicipalityId, isDisabled = true });
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/regions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = officer.Email, password = DemoUsers.Password })).StatusCode);
    }

    public sealed class FastRevalidationApp : MunicipalPressAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("MunicipalPress:RevalidationSeconds", "1");
        }
    }
}
