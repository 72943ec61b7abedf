using System.Globalization;
using MunicipalPress.Testing;

namespace MunicipalPress.Benchmarks.Load;

/// <summary>The server process's CPU (share of one core and of the machine) and working set, sampled every second.</summary>
public sealed class ProcessSampler(AppProcess server) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(double CpuPercentOfOneCore, long WorkingSet)> _samples = [];
    private Task? _loop;

    public void Start() => _loop = Task.Run(async () =>
    {
        var (_, lastCpu) = server.Usage();
        var last = DateTime.UtcNow;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(1000, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var (workingSet, cpu) = server.Usage();
            var now = DateTime.UtcNow;
            lock (_samples)
            {
                _samples.Add(((cpu - lastCpu).TotalMilliseconds / (now - last).TotalMilliseconds * 100, workingSet));
            }

            (lastCpu, last) = (cpu, now);
        }
    });

    public string Summary()
    {
        lock (_samples)
        {
            if (_samples.Count == 0)
            {
                return "no samples";
            }

            var cpu = _samples.Select(s => s.CpuPercentOfOneCore).ToArray();
            return string.Create(CultureInfo.InvariantCulture,
                $"server CPU: mean {cpu.Average():0} % of one core ({cpu.Average() / Environment.ProcessorCount:0} % of the {Environment.ProcessorCount}-core machine), "
                + $"peak {cpu.Max():0} %; working set: mean {_samples.Average(s => s.WorkingSet) / 1048576.0:0} MB, peak {_samples.Max(s => s.WorkingSet) / 1048576.0:0} MB");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        _stop.Dispose();
    }
}
