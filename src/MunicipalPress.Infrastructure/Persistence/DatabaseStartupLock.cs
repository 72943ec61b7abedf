using Microsoft.Extensions.Logging;
using Npgsql;

namespace MunicipalPress.Infrastructure.Persistence;

/// <summary>
/// A PostgreSQL session-level advisory lock that serialises schema migration and demo seeding across every
/// process on one database (replicas started at once, the Cli's migrate job beside running apps): the first
/// holder does the work, the others wait and then find nothing left to do (docs/decisions/0017).
/// The lock lives on its own connection, so it is released when that connection closes, even if the process dies.
/// </summary>
public sealed class DatabaseStartupLock : IAsyncDisposable
{
    /// <summary>Fixed key of the lock: "MuniPres" in ASCII, so it is recognisable in pg_locks.</summary>
    public const long Key = 0x4D756E6950726573;

    private readonly NpgsqlConnection _connection;

    private DatabaseStartupLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<DatabaseStartupLock> AcquireAsync(
        string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        // Not pooled: a pooled connection returned with the lock still held would keep it for whoever takes it next.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
            {
                tryLock.Parameters.AddWithValue("key", Key);
                if ((bool)(await tryLock.ExecuteScalarAsync(cancellationToken))!)
                {
                    return new DatabaseStartupLock(connection);
                }
            }

            logger.LogInformation("Another instance is migrating or seeding this database; waiting for it to finish");
            await using (var waitLock = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
            {
                waitLock.Parameters.AddWithValue("key", Key);
                await waitLock.ExecuteNonQueryAsync(cancellationToken);
            }

            return new DatabaseStartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            unlock.Parameters.AddWithValue("key", Key);
            await unlock.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // Closing the session below releases the lock all the same.
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
