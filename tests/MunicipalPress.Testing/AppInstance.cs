using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MunicipalPress.Testing;

/// <summary>
/// One instance of the app on a database the test owns, for tests that run several instances on one database
/// (parallel start-up, shared keys). The host starts on the first client.
/// </summary>
public static class AppInstance
{
    public static WebApplicationFactory<Program> On(
        string connectionString, bool initializeDatabase = false, IReadOnlyDictionary<string, string>? settings = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:MunicipalPress", connectionString);
            builder.UseSetting("MunicipalPress:InitializeDatabase", initializeDatabase ? "true" : "false");
            builder.UseSetting("MunicipalPress:SeedDemoData", initializeDatabase ? "true" : "false");
            builder.UseSetting("MunicipalPress:LoginRateLimit:PermitLimit", "100000");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }
        });
}
