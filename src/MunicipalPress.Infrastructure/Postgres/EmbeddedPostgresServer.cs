using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace MunicipalPress.Infrastructure.Postgres;

/// <summary>
/// A private PostgreSQL server run from the machine's installed binaries, the way embedded-PostgreSQL
/// libraries do for Java: initdb on first use, a free loopback port, stopped with its owner. PostgreSQL
/// refuses to run as root, so as root the binaries run as the <c>postgres</c> OS user via runuser.
/// The app starts one when no connection string is configured; the test suite starts one for its databases.
/// </summary>
public sealed class EmbeddedPostgresServer : IDisposable
{
    private const string ServiceUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _binDirectory;
    private readonly bool _asServiceUser;
    private readonly ILogger _logger;
    private IReadOnlyList<string> _settings = [];
    private bool _stopped;

    private EmbeddedPostgresServer(string dataDirectory, string binDirectory, int port, bool asServiceUser, ILogger logger)
    {
        DataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        Port = port;
        _asServiceUser = asServiceUser;
        _logger = logger;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    public static EmbeddedPostgresServer Start(EmbeddedPostgresOptions options, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var binDirectory = options.BinDirectory ?? FindBinDirectory();
        if (binDirectory is null || !HasServerBinaries(binDirectory))
        {
            throw new EmbeddedPostgresException(
                $"No PostgreSQL server binaries (initdb, pg_ctl) were found in {binDirectory ?? "/usr/lib/postgresql/*/bin or on PATH"}. " +
                "Install the server (apt-get install -y postgresql), or set ConnectionStrings__MunicipalPress " +
                "to an existing database, or run `docker compose up`.");
        }

        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        var asServiceUser = Environment.UserName == "root";
        Directory.CreateDirectory(dataDirectory);
        PrepareDirectory(dataDirectory, asServiceUser);

        var port = FindFreePort();
        var server = new EmbeddedPostgresServer(dataDirectory, binDirectory, port, asServiceUser, logger);
        server.InitialiseIfNeeded();
        server.StopLeftoverServer();
        server.StartServer(options.ServerSettings ?? []);
        return server;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = ServiceUser,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    /// <summary>Creates the database unless it exists (optionally as a copy of a template) and returns its connection string.</summary>
    public string EnsureDatabase(string database, string? template = null)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", database);
            if (exists.ExecuteScalar() is not null)
            {
                return ConnectionString(database);
            }
        }

        var sql = $"CREATE DATABASE {Quote(database)}" + (template is null ? string.Empty : $" TEMPLATE {Quote(template)}");
        using (var create = new NpgsqlCommand(sql, connection))
        {
            create.ExecuteNonQuery();
        }

        return ConnectionString(database);
    }

    public void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        var result = Run("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop");
        if (result.ExitCode == 0)
        {
            _logger.LogInformation("Embedded PostgreSQL on port {Port} stopped", Port);
        }
        else
        {
            _logger.LogWarning("Embedded PostgreSQL did not stop cleanly: {Output}", result.Output);
        }
    }

    public void Dispose() => Stop();

    /// <summary>
    /// Stops the server the way an outage does (tests of database faults): open sessions are cut, and this
    /// process's connection pools keep their connections, to find them broken. <see cref="StartAgain"/> brings it
    /// back on the same port.
    /// </summary>
    public void Halt()
    {
        var result = Run("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop");
        if (result.ExitCode != 0)
        {
            throw new EmbeddedPostgresException($"PostgreSQL did not stop (port {Port}):\n{result.Output}");
        }
    }

    /// <summary>Starts a server stopped by <see cref="Halt"/> again, with its settings and port.</summary>
    public void StartAgain() => StartServer(_settings);

    private void InitialiseIfNeeded()
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        _logger.LogInformation("Initialising a PostgreSQL cluster in {DataDirectory}", DataDirectory);
        var result = Run(
            "initdb", "-D", DataDirectory, "-U", ServiceUser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
        if (result.ExitCode != 0)
        {
            throw new EmbeddedPostgresException($"initdb failed in {DataDirectory}:\n{result.Output}");
        }
    }

    /// <summary>A server left running by a crashed run holds the data directory: stop it before starting ours.</summary>
    private void StopLeftoverServer()
    {
        if (!File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            return;
        }

        if (Run("pg_ctl", "-D", DataDirectory, "status").ExitCode == 0)
        {
            _logger.LogWarning("A PostgreSQL server from an earlier run still holds {DataDirectory}; stopping it", DataDirectory);
            Run("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop");
        }
    }

    private void StartServer(IReadOnlyList<string> settings)
    {
        _settings = settings;
        // TCP on loopback only; no Unix socket, so long data-directory paths never hit the socket path limit.
        var serverOptions = new StringBuilder($"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''");
        foreach (var setting in settings)
        {
            serverOptions.Append(" -c ").Append(setting);
        }

        var log = Path.Combine(DataDirectory, "server.log");
        var result = Run("pg_ctl", "-D", DataDirectory, "-l", log, "-w", "-t", "60", "-o", serverOptions.ToString(), "start");
        if (result.ExitCode != 0)
        {
            var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(20)) : string.Empty;
            throw new EmbeddedPostgresException($"PostgreSQL did not start (port {Port}):\n{result.Output}\n{tail}");
        }

        _logger.LogInformation(
            "Embedded PostgreSQL started on 127.0.0.1:{Port} with data in {DataDirectory}", Port, DataDirectory);
    }

    private (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var executable = Path.Combine(_binDirectory, tool);
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_asServiceUser)
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(ServiceUser);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(executable);
        }
        else
        {
            start.FileName = executable;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new EmbeddedPostgresException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new EmbeddedPostgresException($"{tool} did not finish within {CommandTimeout.TotalSeconds} s.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>The newest installed server's bin folder (also where pg_dump and pg_restore are), or null.</summary>
    public static string? FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var newest = Directory.GetDirectories(root)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => HasServerBinaries(d.Dir))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null)
            {
                return newest.Dir;
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasServerBinaries);
    }

    private static bool HasServerBinaries(string directory) =>
        File.Exists(Path.Combine(directory, "pg_ctl")) && File.Exists(Path.Combine(directory, "initdb"));

    private static void PrepareDirectory(string dataDirectory, bool asServiceUser)
    {
        if (asServiceUser)
        {
            // The server runs as 'postgres': it must own its directory (and be able to reach it).
            RunChecked("chown", "-R", $"{ServiceUser}:{ServiceUser}", dataDirectory);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void RunChecked(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new EmbeddedPostgresException($"{file} {string.Join(' ', arguments)} failed: {error}");
        }
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
