using Microsoft.Extensions.Logging;
using MunicipalPress.Application.Security;

namespace MunicipalPress.Application.Reports.Changes;

/// <summary>
/// The in-process <see cref="IReportChangeNotifier"/>: a singleton list of subscriptions per report. It reaches
/// only pages served by this process; with several servers, changes would have to travel through a backplane
/// (for example PostgreSQL LISTEN/NOTIFY on the report's channel) and be republished here on every server.
/// </summary>
public sealed class ReportChanges(ILogger<ReportChanges> logger) : IReportChangeNotifier
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, Subscription[]> _subscriptions = [];

    /// <summary>How many subscriptions are open (all reports): a page that forgets to dispose its own shows here.</summary>
    public int SubscriptionCount
    {
        get
        {
            lock (_lock)
            {
                return _subscriptions.Values.Sum(s => s.Length);
            }
        }
    }

    public void Changed(int reportId, uint version, ReportChangeKind kind, Actor actor)
    {
        Subscription[]? subscribers;
        lock (_lock)
        {
            subscribers = _subscriptions.GetValueOrDefault(reportId);
        }

        if (subscribers is null)
        {
            return;
        }

        var change = new ReportChange(reportId, version, kind, actor.UserId, actor.Name);
        foreach (var subscriber in subscribers)
        {
            if (subscriber.IsDisposed)
            {
                continue;
            }

            try
            {
                subscriber.Handler(change);
            }
            catch (Exception exception)
            {
                // The change is committed: a subscriber's fault must not turn the publisher's success into an error.
                logger.LogWarning(exception, "A subscriber to report {ReportId} failed on a {Kind} change", reportId, kind);
            }
        }
    }

    public IDisposable Subscribe(int reportId, Action<ReportChange> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, reportId, handler);
        lock (_lock)
        {
            // Copy on write: publishing reads the array outside the lock.
            _subscriptions[reportId] = [.. _subscriptions.GetValueOrDefault(reportId) ?? [], subscription];
        }

        return subscription;
    }

    private void Remove(Subscription subscription)
    {
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(subscription.ReportId, out var current))
            {
                return;
            }

            var rest = current.Where(s => !ReferenceEquals(s, subscription)).ToArray();
            if (rest.Length == 0)
            {
                _subscriptions.Remove(subscription.ReportId);
            }
            else
            {
                _subscriptions[subscription.ReportId] = rest;
            }
        }
    }

    private sealed class Subscription(ReportChanges owner, int reportId, Action<ReportChange> handler) : IDisposable
    {
        private int _disposed;

        public int ReportId => reportId;

        public Action<ReportChange> Handler => handler;

        public bool IsDisposed => Volatile.Read(ref _disposed) == 1;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(this);
            }
        }
    }
}
