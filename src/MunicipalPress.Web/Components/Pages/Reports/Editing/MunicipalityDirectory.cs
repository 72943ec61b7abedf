using MunicipalPress.Application.Municipalities;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// The catalogue of municipalities as the report form needs it (every name, for the history and the peers' labels;
/// the cities one may mention), read at most every <see cref="Lifetime"/> and shared by every open form of this
/// process. Each form used to keep its own copy: with a region of 1,000 cities that was about a quarter of a
/// megabyte per open form (docs/performance.md). A city added or renamed shows in forms opened up to that long after.
/// </summary>
public sealed class MunicipalityDirectory(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private Snapshot? _current;

    public sealed record Snapshot(IReadOnlyList<MunicipalityDto> All, IReadOnlyDictionary<int, string> Names, DateTimeOffset ReadAt);

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } fresh && clock.GetUtcNow() - fresh.ReadAt < Lifetime)
        {
            return fresh;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } readMeanwhile && clock.GetUtcNow() - readMeanwhile.ReadAt < Lifetime)
            {
                return readMeanwhile;
            }

            await using var scope = scopes.CreateAsyncScope();
            var all = await scope.ServiceProvider.GetRequiredService<MunicipalityService>()
                .ListAsync(new MunicipalityQuery(IncludeArchived: true), cancellationToken);
            _current = new Snapshot(all, all.ToDictionary(m => m.Id, m => m.Name), clock.GetUtcNow());
            return _current;
        }
        finally
        {
            _reading.Release();
        }
    }
}
