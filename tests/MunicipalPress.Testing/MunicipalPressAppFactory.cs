using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MunicipalPress.Infrastructure.DemoData;
using Xunit;

namespace MunicipalPress.Testing;

/// <summary>
/// The real app on its own copy of the demo database. Use as an xunit class fixture; for a browser test,
/// call <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel(int)"/> before starting the server.
/// </summary>
public class MunicipalPressAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string? _connectionString;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Environment the app runs in; Development shows the demo accounts on the login page.</summary>
    protected virtual string EnvironmentName => "Testing";

    protected virtual int LoginPermitLimit => 100_000;

    public async Task InitializeAsync() =>
        _connectionString = await TestDatabaseServer.CreateDatabaseAsync("mp_test");

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null)
        {
            await TestDatabaseServer.DropDatabaseAsync(_connectionString);
        }
    }

    /// <summary>A client signed in through POST /api/v1/auth/login with a bearer token.</summary>
    public async Task<HttpClient> CreateClientForAsync(string email, string password = DemoUsers.Password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<AccessTokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:MunicipalPress", ConnectionString);
        builder.UseSetting("MunicipalPress:InitializeDatabase", "false");
        // Tests sign in hundreds of times from one address; the limiter has its own test with a low limit.
        builder.UseSetting("MunicipalPress:LoginRateLimit:PermitLimit", LoginPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed record AccessTokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}
