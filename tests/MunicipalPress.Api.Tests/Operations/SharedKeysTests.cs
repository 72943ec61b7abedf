using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Infrastructure.Persistence;
using Npgsql;

namespace MunicipalPress.Api.Tests.Operations;

/// <summary>
/// A cookie or bearer token issued by one instance is accepted by another on the same database: the keys that
/// protect them live in the database (issue 12, docs/decisions/0018).
/// </summary>
public sealed class SharedKeysTests(MunicipalPressAppFactory first) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public async Task BearerToken_IssuedByOneInstance_IsAcceptedByAnother()
    {
        await using var second = AppInstance.On(first.ConnectionString);
        using var secondClient = second.CreateClient();
        using var firstClient = first.CreateClient();
        var login = await firstClient.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoUsers.AnalystEmail, password = DemoUsers.Password });
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<TokenResponse>();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/regions");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        var response = await secondClient.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await KeyCountAsync() >= 1);
    }

    [Fact]
    public async Task Cookie_IssuedByOneInstance_IsAcceptedByAnother()
    {
        await using var second = AppInstance.On(first.ConnectionString);
        using var secondClient = second.CreateClient();
        using var firstClient = first.CreateClient();
        var login = await firstClient.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = DemoUsers.AdminEmail, password = DemoUsers.Password });
        login.EnsureSuccessStatusCode();
        var cookies = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        Assert.NotEmpty(cookies);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users");
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        var response = await secondClient.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void KeyRepository_IsTheDatabase()
    {
        var options = first.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;

        Assert.IsType<EntityFrameworkCoreXmlRepository<MunicipalPressDbContext>>(options.XmlRepository);
    }

    [Fact]
    public async Task Start_BeforeTheKeyTableIsMigrated_StillComesUp()
    {
        // Production migrates with `cli migrate`, which may still be running when an instance starts.
        var empty = TestDatabaseServer.CreateEmptyDatabase("mp_unmigrated");
        try
        {
            await using var instance = AppInstance.On(empty);
            using var client = instance.CreateClient();

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        }
        finally
        {
            await TestDatabaseServer.DropDatabaseAsync(empty);
        }
    }

    private async Task<long> KeyCountAsync()
    {
        await using var connection = new NpgsqlConnection(first.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM data_protection_keys", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private sealed record TokenResponse(string AccessToken);
}
