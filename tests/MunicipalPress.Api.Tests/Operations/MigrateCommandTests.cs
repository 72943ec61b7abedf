using MunicipalPress.Cli;
using MunicipalPress.Infrastructure.DemoData;
using Npgsql;

namespace MunicipalPress.Api.Tests.Operations;

/// <summary>
/// `cli migrate` is the deployment's one-shot migration job (docker-compose.yml): it may run beside replicas that
/// start at the same moment, and it seeds the demo data only when asked (issue 12).
/// </summary>
public sealed class MigrateCommandTests : IAsyncLifetime
{
    private string _connectionString = string.Empty;

    public Task InitializeAsync()
    {
        _connectionString = TestDatabaseServer.CreateEmptyDatabase("mp_migrate");
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => TestDatabaseServer.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesTheSchemaWithoutDemoAccounts()
    {
        Assert.Equal(0, await MigrateAsync(seedDemoData: null));

        Assert.True(await CountAsync("__ef_migrations_history") > 0);
        Assert.Equal(0, await CountAsync("users"));
        Assert.Equal(0, await CountAsync("municipalities"));
    }

    [Fact]
    public async Task Migrate_WithSeedDemoData_AddsTheDemoOnce_EvenWhenRunTwiceAtOnce()
    {
        // Two jobs at once (a retried deployment, or the job beside a replica that migrates): they take turns
        // under the start-up lock, and the second finds everything done.
        var runs = await Task.WhenAll(MigrateAsync(seedDemoData: "true"), MigrateAsync(seedDemoData: "true"));

        Assert.Equal([0, 0], runs);
        Assert.Equal(DemoUsers.All.Count, await CountAsync("users"));
        Assert.Equal(DemoGeography.Cities.Count, await CountAsync("municipalities"));
    }

    private Task<int> MigrateAsync(string? seedDemoData)
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:MunicipalPress"] = _connectionString };
        if (seedDemoData is not null)
        {
            settings["MunicipalPress:SeedDemoData"] = seedDemoData;
        }

        return Task.Run(() => CliApplication.RunAsync(["migrate"], TextWriter.Null, settings));
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
