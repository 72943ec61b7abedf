using MunicipalPress.Infrastructure.Postgres;
using Npgsql;

namespace MunicipalPress.Api.Tests.Infrastructure;

public sealed class EmbeddedPostgresServerTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mp-embedded-{Guid.NewGuid():N}");

    [Fact]
    public void Start_FreshDirectory_InitialisesAndServesOnLoopback()
    {
        using var server = EmbeddedPostgresServer.Start(new EmbeddedPostgresOptions(_directory, ["fsync=off"]));

        var connectionString = server.EnsureDatabase("probe");

        Assert.True(File.Exists(Path.Combine(_directory, "PG_VERSION")));
        Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(connectionString).Host);
        Assert.Equal("C.UTF-8", Scalar(connectionString, "SHOW lc_collate"));
        Assert.Equal("АБВ", Scalar(connectionString, "SELECT upper('абв')"));
    }

    [Fact]
    public void Start_ExistingDirectory_KeepsItsData()
    {
        string first;
        using (var server = EmbeddedPostgresServer.Start(new EmbeddedPostgresOptions(_directory, ["fsync=off"])))
        {
            first = server.EnsureDatabase("keep");
            Execute(first, "CREATE TABLE note(text text); INSERT INTO note VALUES ('сохранено')");
        }

        using var again = EmbeddedPostgresServer.Start(new EmbeddedPostgresOptions(_directory, ["fsync=off"]));
        var second = again.EnsureDatabase("keep");

        Assert.Equal("сохранено", Scalar(second, "SELECT text FROM note"));
    }

    [Fact]
    public void Start_ServerLeftRunningByACrashedRun_TakesOver()
    {
        var crashed = EmbeddedPostgresServer.Start(new EmbeddedPostgresOptions(_directory, ["fsync=off"]));
        crashed.EnsureDatabase("left");

        // Not stopped: as if the owning process had been killed.
        using var next = EmbeddedPostgresServer.Start(new EmbeddedPostgresOptions(_directory, ["fsync=off"]));

        Assert.NotEqual(crashed.Port, next.Port);
        Assert.Equal("1", Scalar(next.EnsureDatabase("left"), "SELECT 1"));
    }

    [Fact]
    public void Start_NoBinaries_ExplainsWhatToDo()
    {
        var error = Assert.Throws<EmbeddedPostgresException>(() =>
            EmbeddedPostgresServer.Start(new EmbeddedPostgresOptions(_directory, BinDirectory: Path.Combine(_directory, "no-such-bin"))));

        Assert.Contains("apt-get install -y postgresql", error.Message);
        Assert.Contains("ConnectionStrings__MunicipalPress", error.Message);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string? Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar()?.ToString();
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
