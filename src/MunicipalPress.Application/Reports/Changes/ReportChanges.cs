using Microsoft.Extensions.Logging;
using MunicipalPress.Application.Security;

namespace MunicipalPress.Application.Reports.Changes;

/// <summary>
/// The subscriptions of this process, per report, and the in-process <see cref="IReportChangeNotifier"/>: alone it
/// reaches only pages served by this process (the Cli, tests of the services). The web app announces changes to
/// every instance on the database through PostgreSQL (Infrastructure's PostgresReportChangeNotifier, ADR 0024),
/// which hands each one to <see cref="Deliver"/> here on every instance.
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

    /// <summary>The reports someone in this process follows now: after a gap in listening, these are the ones to check.</summary>
    public IReadOnlyList<int> FollowedReports()
    {
        lock (_lock)
        {
            return [.. _subscriptions.Keys];
        }
    }

    public void Changed(int reportId, uint version, ReportChangeKind kind, Actor actor) =>
        Deliver(new ReportChange(reportId, version, kind, actor.UserId, actor.Name));

    /// <summary>Hands a change to this process's subscribers of its report; never throws for a subscriber's fault.</summary>
    public void Deliver(ReportChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var (reportId, kind) = (change.ReportId, change.Kind);
        Subscription[]? subscribers;
        lock (_lock)
        {
            subscribers = _subscriptions.GetValueOrDefault(reportId);
        }

        if (subscribers is null)
        {
            return;
        }

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
