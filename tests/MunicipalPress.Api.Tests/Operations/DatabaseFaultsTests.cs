using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MunicipalPress.Domain.Common;
using MunicipalPress.Infrastructure.Persistence;
using Npgsql;

namespace MunicipalPress.Api.Tests.Operations;

/// <summary>
/// Which failures mean "the database is away, try again" (a 503, the form's retry) and which are answered as what
/// they are (ADR 0024), including through the wrappers EF puts around them.
/// </summary>
public sealed class DatabaseFaultsTests
{
    public static TheoryData<string, Exception> Unavailable => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)) },
        { "pool timeout", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()) },
        { "admin shutdown", Postgres("57P01") },
        { "crash shutdown", Postgres("57P02") },
        { "starting up", Postgres("57P03") },
        { "too many connections", Postgres("53300") },
        { "connection failure", Postgres("08006") },
        { "retries exhausted", new RetryLimitExceededException("retries", new NpgsqlException("read", new IOException())) },
        { "EF's transient wrapper", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", Postgres("57P01")) },
        { "a failed save", new DbUpdateException("save", new NpgsqlException("Exception while reading from stream", new EndOfStreamException())) },
    };

    public static TheoryData<string, Exception> Other => new()
    {
        { "unique violation", Postgres("23505") },
        { "deadlock", Postgres("40P01") },
        { "syntax error", Postgres("42601") },
        { "a broken rule", new DomainException("no") },
        { "a bug", new InvalidOperationException("bug") },
        { "a save refused by the database", new DbUpdateException("save", Postgres("23503")) },
        { "a timeout outside the database", new TimeoutException() },
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void IsUnavailable_ConnectionFailures_True(string name, Exception exception) =>
        Assert.True(DatabaseFaults.IsUnavailable(exception), name);

    [Theory]
    [MemberData(nameof(Other))]
    public void IsUnavailable_OtherFailures_False(string name, Exception exception) =>
        Assert.False(DatabaseFaults.IsUnavailable(exception), name);

    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);
}
