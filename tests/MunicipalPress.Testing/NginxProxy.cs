using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace MunicipalPress.Testing;

/// <summary>
/// nginx from Debian (the `nginx` package, which test.sh installs) on 127.0.0.1 and a free port, in front of the
/// given app instances, with the deployment's own configuration: deploy/nginx/municipalpress.conf.template, its
/// <c>${MP_…}</c> placeholders filled in as the nginx image does in docker-compose.yml. Everything it writes (pid,
/// temp files, error and access logs) stays in a temporary folder; it runs in the foreground as the test's user.
/// </summary>
public sealed partial class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _configuration;

    private NginxProxy(Process process, string directory, string configuration, Uri baseAddress)
    {
        _process = process;
        Directory = directory;
        _configuration = configuration;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Directory { get; }

    public string AccessLog => Path.Combine(Directory, "access.log");

    public string ErrorLog => Path.Combine(Directory, "error.log");

    /// <summary>The deployment's template, as the repository holds it.</summary>
    public static string TemplatePath => Path.Combine(RepositoryRoot(), "deploy", "nginx", "municipalpress.conf.template");

    /// <summary>Fills in the template's <c>${MP_…}</c> placeholders; one without a value is an error, as a typo in it would be.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"The nginx template names ${{{match.Groups[1].Value}}}, which has no value."));

    public static async Task<NginxProxy> StartAsync(Uri first, Uri second)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: install the Debian package `nginx` (./test.sh does).");
        }

        var directory = System.IO.Directory.CreateTempSubdirectory("municipalpress-nginx-").FullName;
        var port = AppProcess.FreePort();
        var site = Render(await File.ReadAllTextAsync(TemplatePath), new Dictionary<string, string>
        {
            ["MP_WEB_1"] = first.Authority,
            ["MP_WEB_2"] = second.Authority,
            ["MP_PROXY_LISTEN"] = $"127.0.0.1:{port}",
        });
        await File.WriteAllTextAsync(Path.Combine(directory, "municipalpress.conf"), site);
        // The part the nginx image's own nginx.conf plays in the deployment, with every path in the temp folder.
        // Under root (CI containers) the workers would switch to `nobody`, who cannot write here: keep them as root.
        var user = Environment.UserName == "root" ? "user root;\n" : string.Empty;
        var configuration = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(configuration, $$"""
            {{user}}daemon off;
            worker_processes 1;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log info;
            events { worker_connections 1024; }
            http {
                log_format upstream '$remote_addr "$request" $status upstream=$upstream_addr';
                access_log {{directory}}/access.log upstream;
                client_body_temp_path {{directory}}/client_body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
                include {{directory}}/municipalpress.conf;
            }
            """);

        var start = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in Arguments(directory, configuration))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new NginxProxy(process, directory, configuration, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await proxy.WaitListeningAsync(port);
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }

        return proxy;
    }

    /// <summary>The upstream addresses (host:port) nginx sent requests to whose line contains <paramref name="request"/>, oldest first.</summary>
    public IReadOnlyList<string> UpstreamsOf(string request)
    {
        if (!File.Exists(AccessLog))
        {
            return [];
        }

        using var stream = new FileStream(AccessLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var upstreams = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var match = UpstreamField().Match(line);
            if (line.Contains(request, StringComparison.Ordinal) && match.Success)
            {
                // "a, b" when nginx tried a first (refused) and then b: the one that answered is the last.
                upstreams.Add(match.Groups[1].Value.Split(", ")[^1]);
            }
        }

        return upstreams;
    }

    public string ReadErrorLog()
    {
        if (!File.Exists(ErrorLog))
        {
            return string.Empty;
        }

        using var stream = new FileStream(ErrorLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // `nginx -s stop` signals the master through the pid file; it takes its workers with it.
            using (var stop = Process.Start(new ProcessStartInfo(Binary) { UseShellExecute = false, ArgumentList = { "-p", Directory + "/", "-c", _configuration, "-e", ErrorLog, "-s", "stop" } }))
            {
                await stop!.WaitForExitAsync();
            }

            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(stopped.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string[] Arguments(string directory, string configuration) =>
        ["-p", directory + "/", "-c", configuration, "-e", Path.Combine(directory, "error.log")];

    private async Task WaitListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {_process.ExitCode}:\n{ReadErrorLog()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"nginx did not listen on {port}:\n{ReadErrorLog()}");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MunicipalPress.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (MunicipalPress.sln) is not above the test binaries.");
    }

    [GeneratedRegex(@"\$\{(MP_[A-Z0-9_]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"upstream=(\S+(?:, \S+)*)$")]
    private static partial Regex UpstreamField();
}
