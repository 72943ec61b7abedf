using System.Diagnostics;
using Npgsql;

namespace MunicipalPress.Infrastructure.Postgres;

/// <summary>
/// Backup and restore of one database with the installed PostgreSQL client tools: pg_dump in its custom format
/// (compressed, restorable table by table) and pg_restore into an empty database, in one transaction, so a
/// failed restore leaves the target as empty as it was (docs/decisions/0019).
/// </summary>
public sealed class PostgresBackup(string binDirectory)
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromHours(2);

    public static PostgresBackup Locate(string? binDirectory = null)
    {
        var directory = binDirectory ?? EmbeddedPostgresServer.FindBinDirectory();
        if (directory is null || !File.Exists(Path.Combine(directory, "pg_dump")) || !File.Exists(Path.Combine(directory, "pg_restore")))
        {
            throw new EmbeddedPostgresException(
                $"pg_dump and pg_restore were not found in {directory ?? "/usr/lib/postgresql/*/bin or on PATH"}. " +
                "Install the PostgreSQL client (apt-get install -y postgresql-client), no older than the server, " +
                "or set MunicipalPress__PostgresBinDirectory to its bin folder.");
        }

        return new PostgresBackup(directory);
    }

    /// <summary>Dumps the database to <paramref name="file"/>; a failed dump leaves no file behind.</summary>
    public async Task<ToolResult> BackupAsync(string connectionString, string file, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(file);
        var partial = target + ".partial";
        var result = await RunAsync("pg_dump", connectionString, ["--format=custom", "--file", partial], cancellationToken);
        if (result.ExitCode == 0)
        {
            File.Move(partial, target, overwrite: true);
        }
        else
        {
            File.Delete(partial);
        }

        return result;
    }

    public async Task<ToolResult> RestoreAsync(string connectionString, string file, CancellationToken cancellationToken = default) =>
        await RunAsync(
            "pg_restore",
            connectionString,
            // The target's owner and grants are the operator's: objects belong to whoever restores them.
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", Path.GetFullPath(file)],
            cancellationToken);

    /// <summary>Tables, views and sequences outside PostgreSQL's own schemas; a restore target must have none.</summary>
    public static async Task<long> CountUserRelationsAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand(
            """
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
            """,
            connection);
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<ToolResult> RunAsync(
        string tool, string connectionString, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Path.Combine(binDirectory, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--host=" + (connection.Host ?? "127.0.0.1"));
        start.ArgumentList.Add("--port=" + connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--username=" + (connection.Username ?? "postgres"));
        start.ArgumentList.Add("--dbname=" + connection.Database);
        start.ArgumentList.Add("--no-password");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The password goes through the environment, never the command line (visible to every user in ps).
        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password;
        }

        start.Environment["PGSSLMODE"] = connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };

        using var process = Process.Start(start) ?? throw new EmbeddedPostgresException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ToolResult(process.ExitCode, (await stdout + await stderr).Trim());
    }
}
