using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MunicipalPress.Testing;

/// <summary>
/// The portal as its own operating-system process (`dotnet MunicipalPress.Web.dll`, the build beside the tests) on
/// Kestrel at 127.0.0.1 and a free port, in Production, on a database the caller owns: a replica as a deployment
/// runs it, which can be frozen and killed like one, and whose CPU and memory are its own (the proxy test, the load
/// benchmark). Its console output and log files go to a temporary folder.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri baseAddress, string directory)
    {
        _process = process;
        BaseAddress = baseAddress;
        Directory = directory;
    }

    public Uri BaseAddress { get; }

    /// <summary>The process's working folder: its console output (<c>console.log</c>) and Serilog files (<c>logs/</c>).</summary>
    public string Directory { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the app and waits until /health answers 200 (the database is reachable).</summary>
    /// <param name="settings">Configuration as environment variables (<c>MunicipalPress__…</c>), on top of the defaults.</param>
    public static async Task<AppProcess> StartAsync(
        string connectionString, IReadOnlyDictionary<string, string>? settings = null, TimeSpan? startTimeout = null)
    {
        var binaries = AppContext.BaseDirectory;
        var entry = Path.Combine(binaries, "MunicipalPress.Web.dll");
        if (!File.Exists(entry))
        {
            throw new FileNotFoundException("The web app's build is not beside the tests.", entry);
        }

        var directory = System.IO.Directory.CreateTempSubdirectory("municipalpress-app-").FullName;
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(entry);
        // The test runner's own hosting variables must not leak into the app.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                     || k.StartsWith("DOTNET_STARTUP_HOOKS", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        // appsettings.json lies beside the binaries; the relative log path lands in the working folder.
        start.Environment["ASPNETCORE_CONTENTROOT"] = binaries;
        start.Environment["ConnectionStrings__MunicipalPress"] = connectionString;
        start.Environment["MunicipalPress__InitializeDatabase"] = "false";
        start.Environment["MunicipalPress__UseStaticWebAssets"] = "true";
        start.Environment["MunicipalPress__LoginRateLimit__PermitLimit"] = "100000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var app = new AppProcess(process, baseAddress, directory);
        process.OutputDataReceived += (_, line) => app.Record(line.Data);
        process.ErrorDataReceived += (_, line) => app.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitHealthyAsync(startTimeout ?? TimeSpan.FromSeconds(120));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>What the process wrote to its console so far (for a failing test's message).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Freezes the process (SIGSTOP): its sockets stay open, but it reads and answers nothing.</summary>
    public void Freeze() => Signal("STOP");

    /// <summary>Kills the process at once (SIGKILL), as a crash or an out-of-memory kill would: no shutdown, nothing flushed.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>Working set and total CPU time of the process as the operating system sees them now.</summary>
    public (long WorkingSet, TimeSpan Cpu) Usage()
    {
        _process.Refresh();
        return (_process.WorkingSet64, _process.TotalProcessorTime);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Signal("TERM");
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(stopped.Token);
            }
            catch (OperationCanceledException)
            {
                Kill();
            }
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before it served:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app at {BaseAddress} did not become healthy within {timeout.TotalSeconds:0} s:\n{Output}");
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // The tail is what explains a failure; a long run must not grow without bound.
            if (_output.Length > 200_000)
            {
                _output.Remove(0, 100_000);
            }

            _output.AppendLine(line);
        }
    }

    private void Signal(string signal)
    {
        if (_process.HasExited)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {_process.Id}") { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>A port that was free a moment ago on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
