using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MunicipalPress.Infrastructure.Persistence;

/// <summary>
/// Tells "the database cannot be reached now" (stopped, restarting, failing over, out of connections) from every
/// other failure: the first is the caller's cue to try again later (503, the form's autosave retry), the others
/// are bugs or refused input. Looks through EF's wrappers (the execution strategy's RetryLimitExceeded and its
/// "likely due to a transient failure", DbUpdateException) to the Npgsql exception beneath (ADR 0024).
/// </summary>
public static class DatabaseFaults
{
    /// <summary>EF retries of a transient failure, before the caller hears of it.</summary>
    public const int RetryCount = 3;

    /// <summary>With <see cref="RetryCount"/>, a failing call gives up after about four seconds.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>What a client may wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Server states that mean "not now": 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
    /// (starting up, recovering), 53300 too many connections; and class 08, connection exceptions.
    /// </summary>
    private static readonly HashSet<string> UnavailableStates =
        [PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow, PostgresErrorCodes.TooManyConnections];

    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case RetryLimitExceededException:
                    return true;
                case PostgresException postgres:
                    // Other server errors (a broken constraint, a deadlock) are answered as what they are.
                    return UnavailableStates.Contains(postgres.SqlState) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal);
                case NpgsqlException npgsql when npgsql.IsTransient
                    || npgsql.InnerException is SocketException or TimeoutException or IOException or EndOfStreamException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsUnavailable):
                    return true;
            }
        }

        return false;
    }
}
