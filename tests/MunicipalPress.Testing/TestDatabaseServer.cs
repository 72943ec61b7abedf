using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MunicipalPress.Infrastructure.Postgres;
using Npgsql;

namespace MunicipalPress.Testing;

/// <summary>
/// One embedded PostgreSQL per test run (the app's own component, fsync off), with a template database that
/// is migrated and seeded with the demo data once. Each test class gets a fresh copy of it
/// (CREATE DATABASE … TEMPLATE), which takes a fraction of a second and isolates the classes.
/// </summary>
public static class TestDatabaseServer
{
    public const string TemplateDatabase = "mp_template";

    private static readonly Lazy<EmbeddedPostgresServer> Server = new(StartServer, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static bool _templateReady;

    /// <summary>A new database with the demo data; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        await EnsureTemplateAsync();
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)].ToLowerInvariant();
        // CREATE DATABASE … TEMPLATE fails while anyone is connected to the template: serialise the copies.
        await TemplateLock.WaitAsync();
        try
        {
            return Server.Value.EnsureDatabase(name, TemplateDatabase);
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>A new database with nothing in it (no schema, no data), for start-up, backup and restore tests.</summary>
    public static string CreateEmptyDatabase(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)].ToLowerInvariant();
        return Server.Value.EnsureDatabase(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server.Value.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task EnsureTemplateAsync()
    {
        if (_templateReady)
        {
            return;
        }

        await TemplateLock.WaitAsync();
        try
        {
            if (_templateReady)
            {
                return;
            }

            var connectionString = Server.Value.EnsureDatabase(TemplateDatabase);
            // The app itself migrates and seeds the template, exactly as on a developer's first start.
            await using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
                         {
                             builder.UseEnvironment("Testing");
                             builder.UseSetting("ConnectionStrings:MunicipalPress", connectionString);
                             builder.UseSetting("MunicipalPress:InitializeDatabase", "true");
                             builder.UseSetting("MunicipalPress:SeedDemoData", "true");
                         }))
            {
                using var client = factory.CreateClient();
                var health = await client.GetAsync("/health");
                health.EnsureSuccessStatusCode();
            }

            NpgsqlConnection.ClearAllPools();
            _templateReady = true;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static EmbeddedPostgresServer StartServer()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"municipalpress-tests-{Environment.ProcessId}");
        var server = EmbeddedPostgresServer.Start(new EmbeddedPostgresOptions(
            directory,
            ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=300"]));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.Stop();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the next run uses its own.
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return server;
    }
}
