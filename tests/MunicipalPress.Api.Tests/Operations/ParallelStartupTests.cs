using MunicipalPress.Infrastructure.DemoData;
using Npgsql;

namespace MunicipalPress.Api.Tests.Operations;

/// <summary>
/// Several instances started at once on one empty database (a deployment with replicas, issue 12): every one
/// migrates and seeds at start, and all of them must come up with the demo data written once and one shared key.
/// </summary>
public class ParallelStartupTests : IAsyncLifetime
{
    private const int Instances = 3;
    private string _connectionString = string.Empty;

    public Task InitializeAsync()
    {
        _connectionString = TestDatabaseServer.CreateEmptyDatabase("mp_parallel");
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => TestDatabaseServer.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Start_SeveralInstancesOnOneEmptyDatabase_AllServeAndDemoDataIsSeededOnce()
    {
        var factories = Enumerable.Range(0, Instances).Select(_ => AppInstance.On(_connectionString, initializeDatabase: true)).ToList();
        try
        {
            // CreateClient starts the host, which migrates and seeds before it serves: start them all at once.
            using var ready = new Barrier(Instances);
            var clients = await Task.WhenAll(factories.Select(factory => Task.Run(() =>
            {
                ready.SignalAndWait();
                return factory.CreateClient();
            })));

            foreach (var client in clients)
            {
                var health = await client.GetAsync("/health");
                Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
            }

            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            Assert.Equal(DemoGeography.Regions.Count, await CountAsync(connection, "regions"));
            Assert.Equal(DemoIndicatorCatalog.All.Count, await CountAsync(connection, "indicators"));
            Assert.Equal(DemoGeography.Cities.Count, await CountAsync(connection, "municipalities"));
            Assert.Equal(DemoUsers.All.Count, await CountAsync(connection, "users"));
            // One Data Protection key for all of them, so each reads the others' cookies from the start (ADR 0018).
            Assert.Equal(1, await CountAsync(connection, "data_protection_keys"));
        }
        finally
        {
            foreach (var factory in factories)
            {
                await factory.DisposeAsync();
            }
        }
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
