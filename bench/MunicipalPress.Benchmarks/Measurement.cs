using System.Diagnostics;

namespace MunicipalPress.Benchmarks;

/// <summary>Latencies of one scenario: warm-up runs are discarded, then each run is timed on its own.</summary>
public sealed record Measurement(string Name, IReadOnlyList<double> Milliseconds)
{
    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double Mean => Milliseconds.Average();

    /// <summary>Sequential operations per second (one caller).</summary>
    public double Throughput => 1000.0 / Mean;

    public static async Task<Measurement> RunAsync(string name, int warmup, int iterations, Func<Task> operation)
    {
        for (var i = 0; i < warmup; i++)
        {
            await operation();
        }

        var timings = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation();
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new Measurement(name, timings);
    }

    /// <summary>
    /// Runs the scenarios round-robin (one of each per round), so background load on the machine affects them
    /// alike and the ratios stay fair.
    /// </summary>
    public static async Task<IReadOnlyList<Measurement>> RunInterleavedAsync(int warmup, int iterations, IReadOnlyList<(string Name, Func<Task> Operation)> scenarios)
    {
        var timings = scenarios.Select(_ => new List<double>(iterations)).ToList();
        for (var round = 0; round < warmup + iterations; round++)
        {
            for (var s = 0; s < scenarios.Count; s++)
            {
                var started = Stopwatch.GetTimestamp();
                await scenarios[s].Operation();
                if (round >= warmup)
                {
                    timings[s].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }

        return scenarios.Select((s, i) => new Measurement(s.Name, timings[i])).ToList();
    }

    /// <summary>
    /// <paramref name="callers"/> callers run the operation back to back at the same time; every call's latency counts.
    /// Each caller takes its own turn of <paramref name="operation"/> (its argument is the caller's call number).
    /// </summary>
    public static async Task<Measurement> RunConcurrentAsync(string name, int callers, int warmup, int iterations, Func<int, Task> operation)
    {
        var timings = new List<double>[callers];
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var mine = new List<double>(iterations);
            for (var i = 0; i < warmup + iterations; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(c + (i * callers));
                if (i >= warmup)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            timings[c] = mine;
        })));
        return new Measurement(name, timings.SelectMany(t => t).ToList());
    }

    private double Percentile(double p)
    {
        var sorted = Milliseconds.Order().ToList();
        var index = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
