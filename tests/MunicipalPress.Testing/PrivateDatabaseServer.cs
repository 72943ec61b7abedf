using MunicipalPress.Infrastructure.Postgres;
using Npgsql;
using Xunit;

namespace MunicipalPress.Testing;

/// <summary>
/// A PostgreSQL server of one test class's own (an xunit class or collection fixture), with one database that the
/// app migrates and seeds with the demo data as on a first start: for tests that stop and start the server
/// (database faults), which on <see cref="TestDatabaseServer"/> would cut every other class running beside them.
/// </summary>
public sealed class PrivateDatabaseServer : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"municipalpress-private-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private EmbeddedPostgresServer? _server;
    private string? _connectionString;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The server is not started.");

    private EmbeddedPostgresServer Server => _server ?? throw new InvalidOperationException("The server is not started.");

    public async Task InitializeAsync()
    {
        _server = EmbeddedPostgresServer.Start(new EmbeddedPostgresOptions(
            _directory, ["fsync=off", "synchronous_commit=off", "full_page_writes=off"]));
        _connectionString = _server.EnsureDatabase("municipalpress");
        await using var first = AppInstance.On(_connectionString, initializeDatabase: true);
        using var client = first.CreateClient();
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();
    }

    /// <summary>The database goes away: sessions are cut, new connections are refused, the apps' pools keep their dead connections.</summary>
    public void Stop() => Server.Halt();

    /// <summary>The database is back on the same address.</summary>
    public void Start() => Server.StartAgain();

    public Task DisposeAsync()
    {
        _server?.Stop();
        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless; the next run uses its own.
        }

        return Task.CompletedTask;
    }
}
