using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace MunicipalPress.Benchmarks.Load;

/// <summary>Latencies and failures of one kind of request, from many callers at once.</summary>
public sealed class LatencyRecorder(string name)
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private readonly ConcurrentDictionary<string, int> _errors = new();

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    public int Errors => _errors.Values.Sum();

    /// <summary>Times <paramref name="request"/>; a non-success status or an exception counts as an error.</summary>
    public async Task<HttpResponseMessage?> TimeAsync(Func<Task<HttpResponseMessage>> request)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await request();
            _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                _errors.AddOrUpdate($"HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
                return null;
            }

            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            _errors.AddOrUpdate(ex.GetType().Name + ": " + ex.Message, 1, (_, n) => n + 1);
            return null;
        }
    }

    public string Row(double seconds)
    {
        var sorted = _milliseconds.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {sorted.Length} | {sorted.Length / seconds:0.0} | {At(0.50):0.0} | {At(0.95):0.0} | {At(0.99):0.0} | {(sorted.Length == 0 ? double.NaN : sorted[^1]):0.0} | {Errors} |");
    }

    public IEnumerable<string> ErrorLines() => _errors.Select(e => $"  {Name}: {e.Value} × {e.Key}");
}
