using MunicipalPress.Cli;
using Npgsql;

namespace MunicipalPress.Api.Tests.Operations;

/// <summary>`cli backup` then `cli restore` into a new database gives every row back (issue 12, docs/decisions/0019).</summary>
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mp-backup-").FullName;
    private string _source = string.Empty;
    private string _target = string.Empty;

    public async Task InitializeAsync()
    {
        _source = await TestDatabaseServer.CreateDatabaseAsync("mp_backup_source");
        _target = TestDatabaseServer.CreateEmptyDatabase("mp_backup_target");
    }

    public async Task DisposeAsync()
    {
        await TestDatabaseServer.DropDatabaseAsync(_source);
        await TestDatabaseServer.DropDatabaseAsync(_target);
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task BackupThenRestore_IntoANewDatabase_GivesEveryRowOfEveryTableBack()
    {
        var file = Path.Combine(_directory, "municipalpress.dump");

        var backup = await RunAsync(_source, ["backup", "--out", file]);
        var restore = await RunAsync(_target, ["restore", "--from", file]);

        Assert.Equal(0, backup);
        Assert.Equal(0, restore);
        var expected = await RowCountsAsync(_source);
        Assert.Contains(expected, t => t.Key == "annual_reports" && t.Value > 0);
        Assert.Contains(expected, t => t.Key == "__ef_migrations_history" && t.Value > 0);
        Assert.Equal(expected, await RowCountsAsync(_target));
    }

    [Fact]
    public async Task Restore_IntoADatabaseWithTables_IsRefusedAndChangesNothing()
    {
        var file = Path.Combine(_directory, "refused.dump");
        Assert.Equal(0, await RunAsync(_source, ["backup", "--out", file]));
        var before = await RowCountsAsync(_source);

        var restore = await RunAsync(_source, ["restore", "--from", file]);

        Assert.Equal(BackupCommands.TargetNotEmpty, restore);
        Assert.Equal(before, await RowCountsAsync(_source));
    }

    [Fact]
    public async Task BackupAndRestore_WithoutTheirFile_AreUsageErrors()
    {
        Assert.Equal(2, await RunAsync(_source, ["backup"]));
        Assert.Equal(2, await RunAsync(_target, ["restore", "--from", Path.Combine(_directory, "missing.dump")]));
        Assert.Empty(await RowCountsAsync(_target));
    }

    private static Task<int> RunAsync(string connectionString, string[] args) =>
        CliApplication.RunAsync(args, TextWriter.Null, new Dictionary<string, string?>
        {
            ["ConnectionStrings:MunicipalPress"] = connectionString,
        });

    private static async Task<SortedDictionary<string, long>> RowCountsAsync(string connectionString)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
                         "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
                         connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
