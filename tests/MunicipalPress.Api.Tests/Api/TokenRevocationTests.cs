using System.Net;
using System.Net.Http.Json;
using MunicipalPress.Application.Users;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>
/// Disabling, demoting or resetting the password of a user takes effect on their next API call, with a bearer
/// token or with the cookie, at the default (one-minute) revalidation interval: each request is checked
/// against the account as it is now.
/// </summary>
public sealed class TokenRevocationTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private const string Password = "Second-Admin-2025!";

    [Fact]
    public async Task DisabledAdministrator_Token_IsRefusedOnNextCall()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var other = await CreateAdministratorAsync(admin, "disabled.admin@city.example");
        using var token = await app.CreateClientForAsync(other.Email, Password);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/users")).StatusCode);

        await UpdateAsync(admin, other, role: "Administrator", disabled: true);

        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/users")).StatusCode);
        var region = await token.PostAsJsonAsync("/api/v1/regions", new { name = "Регион бывшего администратора", countryCode = "RU" });
        var user = await token.PostAsJsonAsync("/api/v1/users", new { email = "planted@city.example", displayName = "x", role = "Administrator", password = "Planted-Admin-2025!" });
        Assert.Equal(HttpStatusCode.Unauthorized, region.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, user.StatusCode);
        var users = await admin.GetFromJsonAsync<List<UserDto>>("/api/v1/users", JsonDefaults.Options);
        Assert.DoesNotContain(users!, u => u.Email == "planted@city.example");
    }

    [Fact]
    public async Task DemotedAdministrator_Token_LosesAdministratorRoutes()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var other = await CreateAdministratorAsync(admin, "demoted.admin@city.example");
        using var token = await app.CreateClientForAsync(other.Email, Password);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/users")).StatusCode);

        await UpdateAsync(admin, other, role: "Analyst", disabled: false);

        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/users")).StatusCode);
        using var fresh = await app.CreateClientForAsync(other.Email, Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await fresh.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/regions")).StatusCode);
    }

    [Fact]
    public async Task PasswordReset_InvalidatesTheToken()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var other = await CreateAdministratorAsync(admin, "reset.admin@city.example");
        using var token = await app.CreateClientForAsync(other.Email, Password);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/regions")).StatusCode);

        var reset = await admin.PostAsJsonAsync($"/api/v1/users/{other.Id}/reset-password", new { password = "Brand-New-Password-1!" });
        reset.EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/regions")).StatusCode);
        using var fresh = await app.CreateClientForAsync(other.Email, "Brand-New-Password-1!");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/regions")).StatusCode);
    }

    [Fact]
    public async Task DisabledUser_Cookie_IsRefusedOnNextCall_WithoutWaitingForRevalidation()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var other = await CreateAdministratorAsync(admin, "cookie.admin@city.example");
        using var browser = app.CreateClient(new() { HandleCookies = true });
        var login = await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = other.Email, password = Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/users")).StatusCode);

        await UpdateAsync(admin, other, role: "Administrator", disabled: true);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/users")).StatusCode);
    }

    private static async Task<UserDto> CreateAdministratorAsync(HttpClient admin, string email)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = email, role = "Administrator", password = Password });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<UserDto>(JsonDefaults.Options))!;
    }

    private static async Task UpdateAsync(HttpClient admin, UserDto user, string role, bool disabled)
    {
        var updated = await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { displayName = user.DisplayName, role, municipalityId = (int?)null, isDisabled = disabled });
        updated.EnsureSuccessStatusCode();
    }
}
