using Microsoft.Extensions.Configuration;
using MunicipalPress.Infrastructure.Postgres;

namespace MunicipalPress.Cli;

/// <summary>`backup --out FILE` and `restore --from FILE` with the installed pg_dump and pg_restore (docs/decisions/0019).</summary>
public static class BackupCommands
{
    public const int TargetNotEmpty = 4;

    public static async Task<int> BackupAsync(IConfiguration configuration, string connectionString, CliOptions options)
    {
        var file = options.Get("out");
        if (string.IsNullOrWhiteSpace(file))
        {
            Console.Error.WriteLine("backup needs --out FILE.");
            return 2;
        }

        var result = await PostgresBackup.Locate(configuration["MunicipalPress:PostgresBinDirectory"]).BackupAsync(connectionString, file);
        if (result.ExitCode != 0)
        {
            Console.Error.WriteLine($"pg_dump failed (exit code {result.ExitCode}); no backup was written.\n{result.Output}");
            return 1;
        }

        Console.Error.WriteLine($"Backed up to {Path.GetFullPath(file)} ({new FileInfo(file).Length:N0} bytes).");
        return 0;
    }

    public static async Task<int> RestoreAsync(IConfiguration configuration, string connectionString, CliOptions options)
    {
        var file = options.Get("from");
        if (string.IsNullOrWhiteSpace(file))
        {
            Console.Error.WriteLine("restore needs --from FILE.");
            return 2;
        }

        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"No backup file at {Path.GetFullPath(file)}.");
            return 2;
        }

        var tools = PostgresBackup.Locate(configuration["MunicipalPress:PostgresBinDirectory"]);
        var relations = await PostgresBackup.CountUserRelationsAsync(connectionString);
        if (relations > 0)
        {
            var database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database;
            Console.Error.WriteLine(
                $"Refusing to restore: database '{database}' is not empty ({relations} tables, views or sequences). " +
                "Restore into a new, empty database (CREATE DATABASE …) and point ConnectionStrings__MunicipalPress at it.");
            return TargetNotEmpty;
        }

        var result = await tools.RestoreAsync(connectionString, file);
        if (result.ExitCode != 0)
        {
            Console.Error.WriteLine($"pg_restore failed (exit code {result.ExitCode}); nothing was restored.\n{result.Output}");
            return 1;
        }

        Console.Error.WriteLine($"Restored {Path.GetFullPath(file)}.");
        return 0;
    }
}
