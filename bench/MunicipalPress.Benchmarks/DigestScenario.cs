using System.Diagnostics;
using System.Globalization;
using MunicipalPress.Application.Digests;
using MunicipalPress.Application.Security;

namespace MunicipalPress.Benchmarks;

/// <summary>
/// The annual digest of every city for one year, as .docx and as .pdf, written to a file the way the API writes
/// its response: wall time, file size and the process's peak resident memory during the run (Linux: VmHWM,
/// reset before each run through /proc/self/clear_refs, so the dataset generation before does not count).
/// </summary>
public static class DigestScenario
{
    public const double TimeGoalSeconds = 60;
    public const double MemoryGoalMegabytes = 500;

    public static async Task<IReadOnlyList<string>> RunAsync(DigestService digests, int year, int runs)
    {
        var analyst = new Actor("bench", "Benchmark analyst", Roles.Analyst, null);
        var lines = new List<string>
        {
            "",
            "| digest of one year | cities | runs | best s | worst s | file MB | RSS MB before | peak RSS MB (process) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        };
        var verdicts = new List<string>();
        foreach (var format in new[] { DigestFormat.Docx, DigestFormat.Pdf })
        {
            var times = new List<double>();
            long size = 0;
            long peak = 0;
            long before = 0;
            var cities = 0;
            for (var run = 0; run < runs; run++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                ResetPeak();
                before = Math.Max(before, Resident("VmRSS:"));
                var path = Path.Combine(Path.GetTempPath(), $"municipalpress-digest-{Environment.ProcessId}.{DigestFormats.Extension(format)}");
                var started = Stopwatch.GetTimestamp();
                var plan = await digests.PlanYearAsync(analyst, new DigestQuery(year), "ru")
                    ?? throw new InvalidOperationException($"No reporting year {year} in the benchmark data.");
                await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
                {
                    await digests.WriteAsync(plan, format, file);
                }

                times.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                size = new FileInfo(path).Length;
                peak = Math.Max(peak, Resident("VmHWM:"));
                cities = plan.Header.Entries.Count;
                File.Delete(path);
            }

            var peakMb = peak / 1024.0 / 1024.0;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {format.ToString().ToLowerInvariant()} | {cities} | {runs} | {times.Min():0.0} | {times.Max():0.0} | {size / 1024.0 / 1024.0:0.0} | {before / 1024.0 / 1024.0:0} | {peakMb:0} |"));
            verdicts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{format.ToString().ToLowerInvariant()} {times.Max():0.0} s ≤ {TimeGoalSeconds:0} s {(times.Max() <= TimeGoalSeconds ? "✓" : "✗")}, {peakMb:0} MB ≤ {MemoryGoalMegabytes:0} MB {(peakMb <= MemoryGoalMegabytes ? "✓" : "✗")}"));
        }

        lines.Add("");
        lines.Add("digest targets: " + string.Join("; ", verdicts));
        return lines;
    }

    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A line of /proc/self/status (VmRSS now, VmHWM the peak); the working set's peak where there is no /proc.</summary>
    private static long Resident(string field)
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            if (line is not null && long.TryParse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture, out var kilobytes))
            {
                return kilobytes * 1024;
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
