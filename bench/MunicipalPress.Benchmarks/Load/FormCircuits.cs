using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using MunicipalPress.Testing;

namespace MunicipalPress.Benchmarks.Load;

/// <summary>
/// What open report forms cost the server: real forms in Chromium (one browser context per press officer, signed
/// in with her cookie; several tabs each when there are more forms than officers), every one a live circuit. The
/// server's working set is read before the first, after a warm-up of 20 forms (the first ones also pay for code and
/// caches the form needs once) and after every batch; the slope of a least-squares line through the points from the
/// warm-up on is the cost of one more open form, extrapolated to 1,000.
/// </summary>
public static class FormCircuits
{
    private const int Batch = 50;
    private const int WarmUp = 20;
    private const double Budget = 1024;

    public static async Task MeasureAsync(AppProcess server, HttpClient http, IReadOnlyList<OfficerSession> officers, int forms, string? gcdump = null, int holdSeconds = 0)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
                // Hundreds of tabs in few renderer processes; background tabs keep their timers, so circuits stay alive.
                "--renderer-process-limit=6", "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
            ],
        });

        var contexts = new Dictionary<int, IBrowserContext>();
        var points = new List<(int Forms, double WorkingSetMb)>();
        var pages = new List<IPage>();
        points.Add((0, await SettledWorkingSetMbAsync(server)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"forms: 0 open, server working set {points[0].WorkingSetMb:0} MB"));
        var opening = System.Diagnostics.Stopwatch.StartNew();
        HeapDump.Snapshot? warmDump = null;
        for (var i = 0; i < forms; i++)
        {
            var officer = officers[i % officers.Count];
            if (!contexts.TryGetValue(i % officers.Count, out var context))
            {
                context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), Locale = "ru-RU" });
                context.SetDefaultTimeout(120_000);
                await context.AddCookiesAsync([await SignInCookieAsync(http, officer, server.BaseAddress)]);
                contexts[i % officers.Count] = context;
            }

            var page = await context.NewPageAsync();
            await page.GotoAsync($"/reports/{officer.MunicipalityId}/2025");
            // Editable means the circuit is up and the form rendered over it.
            await page.GetByRole(AriaRole.Button, new() { Name = "Добавить достижение" }).WaitForAsync(new() { Timeout = 120_000 });
            pages.Add(page);
            if (pages.Count == WarmUp || pages.Count % Batch == 0 || pages.Count == forms)
            {
                points.Add((pages.Count, await SettledWorkingSetMbAsync(server)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"forms: {pages.Count} open, server working set {points[^1].WorkingSetMb:0} MB ({opening.Elapsed.TotalSeconds:0} s)"));
                if (gcdump is not null && pages.Count == WarmUp)
                {
                    // A dump forces a full collection; the working set is read before it.
                    warmDump = await HeapDump.CollectAsync(server.ProcessId, $"{gcdump}.{WarmUp}.gcdump");
                }
            }
        }

        // Still connected at the end: a form whose circuit dropped shows the reconnect dialog.
        var disconnected = 0;
        foreach (var page in pages)
        {
            disconnected += await page.GetByTestId("reconnect-dialog").IsVisibleAsync() ? 1 : 0;
        }

        Console.WriteLine($"forms showing the reconnect dialog at the end: {disconnected} of {pages.Count}");
        if (await SentOnOpenConnectionsAsync(server.BaseAddress.Port) is { } sent)
        {
            // Page loads, scripts and every circuit's render batches, on the connections the browser still holds.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bytes the server sent on the {sent.Connections} connections still open: {sent.Bytes / 1048576.0:0.0} MB ({sent.Bytes / 1024.0 / pages.Count:0} KB per form)"));
        }
        if (gcdump is not null && warmDump is not null
            && await HeapDump.CollectAsync(server.ProcessId, $"{gcdump}.{pages.Count}.gcdump") is { } lastDump)
        {
            HeapDump.PrintGrowth(warmDump, lastDump, pages.Count - WarmUp);
        }

        if (holdSeconds > 0)
        {
            // For a look from outside (dotnet-dump, dotnet-counters) while every form is open.
            Console.WriteLine($"holding {pages.Count} forms open for {holdSeconds} s; server pid {server.ProcessId}");
            await Task.Delay(TimeSpan.FromSeconds(holdSeconds));
        }

        var measured = points.Where(p => p.Forms >= Math.Min(WarmUp, forms)).ToList();
        var slope = Slope(measured);
        var at1000 = measured[0].WorkingSetMb + (slope * (1000 - measured[0].Forms));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per open form: {slope * 1024:0} KB of server working set (least squares over {measured.Count} points from {measured[0].Forms} forms on); "
            + $"1,000 forms ≈ {at1000:0} MB (idle server {points[0].WorkingSetMb:0} MB, with {measured[0].Forms} forms {measured[0].WorkingSetMb:0} MB): "
            + $"{(at1000 <= Budget ? "≤ 1 GB ✓" : "> 1 GB ✗")}"));
        foreach (var context in contexts.Values)
        {
            await context.CloseAsync();
        }
    }

    /// <summary>What the kernel counts as sent on the server's established TCP connections (<c>ss -ti</c>), or null without <c>ss</c>.</summary>
    private static async Task<(long Bytes, int Connections)?> SentOnOpenConnectionsAsync(int port)
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("ss", ["-tinH", "state", "established", $"( sport = :{port} )"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var ss = System.Diagnostics.Process.Start(start)!;
            var output = await ss.StandardOutput.ReadToEndAsync();
            await ss.WaitForExitAsync();
            var counts = System.Text.RegularExpressions.Regex.Matches(output, @"bytes_sent:(\d+)");
            return (counts.Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)), counts.Count);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>The working set once the server has had two seconds without new forms (circuits finish rendering).</summary>
    private static async Task<double> SettledWorkingSetMbAsync(AppProcess server)
    {
        await Task.Delay(2000);
        return server.Usage().WorkingSet / 1048576.0;
    }

    private static double Slope(IReadOnlyList<(int Forms, double WorkingSetMb)> points)
    {
        var meanX = points.Average(p => p.Forms);
        var meanY = points.Average(p => p.WorkingSetMb);
        var covariance = points.Sum(p => (p.Forms - meanX) * (p.WorkingSetMb - meanY));
        var variance = points.Sum(p => (p.Forms - meanX) * (p.Forms - meanX));
        return variance == 0 ? 0 : covariance / variance;
    }

    private static async Task<Cookie> SignInCookieAsync(HttpClient http, OfficerSession officer, Uri server)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = officer.Email, password = "Load-Bench-Password-1" });
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        var pair = cookie.Split(';')[0];
        var separator = pair.IndexOf('=', StringComparison.Ordinal);
        return new Cookie { Name = pair[..separator], Value = pair[(separator + 1)..], Domain = server.Host, Path = "/" };
    }
}
