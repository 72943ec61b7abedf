using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MunicipalPress.Application.Reports.Changes;
using MunicipalPress.Application.Security;
using Npgsql;

namespace MunicipalPress.Infrastructure.Notifications;

/// <summary>
/// Report changes across every instance on one database (ADR 0024). A committed change is delivered to this
/// process's subscribers at once, as before, and queued for <c>NOTIFY</c> on <see cref="Channel"/>; a hosted loop
/// sends the queue on its own pooled connection, so a save never waits for it and a failed NOTIFY is only logged.
/// Each instance keeps one unpooled connection that <c>LISTEN</c>s (reconnecting with a growing pause when it
/// drops) and delivers the other instances' changes to its subscribers; its own come back too and are skipped by
/// <see cref="InstanceId"/>, so nobody gets a change twice. Notifications sent while the listener was away are lost
/// (PostgreSQL keeps none for an absent session): once it listens again, it reads the current version of every report
/// someone here follows and hands each on as a <see cref="ReportChangeKind.Missed"/> change; a form that already has
/// that version ignores it, the others read the report again.
/// </summary>
public sealed class PostgresReportChangeNotifier : BackgroundService, IReportChangeNotifier
{
    /// <summary>Notifications are per database, so test databases (and deployments) on one server never mix.</summary>
    public const string Channel = "municipalpress_report_changes";

    /// <summary>Changes waiting for NOTIFY while the database is away; the oldest go first (forms catch up on their next save).</summary>
    private const int QueueLimit = 1_000;

    private static readonly TimeSpan[] DefaultReconnectPauses =
        [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4),
         TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)];

    /// <summary>Before each attempt to send one change: at once, then twice more (a stale pooled connection, a short blip).</summary>
    private static readonly TimeSpan[] SendPauses = [TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly ReportChanges _local;
    private readonly ILogger<PostgresReportChangeNotifier> _logger;
    private readonly string _listenConnectionString;
    private readonly NpgsqlDataSource _sender;
    private readonly Channel<ReportChangeMessage> _outbox;
    private readonly TimeSpan[] _reconnectPauses;
    private volatile bool _listening;
    private int _disposed;

    /// <param name="reconnectPauses">The pause before each attempt to listen again, the last one repeating (tests lengthen the first).</param>
    public PostgresReportChangeNotifier(
        string connectionString, ReportChanges local, ILogger<PostgresReportChangeNotifier> logger, IReadOnlyList<TimeSpan>? reconnectPauses = null)
    {
        _local = local;
        _reconnectPauses = reconnectPauses is { Count: > 0 } pauses ? [.. pauses] : DefaultReconnectPauses;
        _logger = logger;
        InstanceId = Guid.NewGuid().ToString("N");
        ListenerApplicationName = $"municipalpress-changes-{InstanceId}";
        // Its own session for the life of the process: a pooled one would be reset (UNLISTEN) when returned.
        // Keepalives let a silently dead connection fail WaitAsync instead of waiting for ever.
        _listenConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = ListenerApplicationName,
            KeepAlive = 10,
            Timeout = 5,
        }.ConnectionString;
        _sender = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = 2,
            Timeout = 5,
            CommandTimeout = 5,
        }.ConnectionString);
        _outbox = System.Threading.Channels.Channel.CreateBounded<ReportChangeMessage>(
            new BoundedChannelOptions(QueueLimit) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            dropped => _logger.LogWarning(
                "Too many report changes wait for the database; the {Kind} of report {ReportId} is not announced to other instances",
                dropped.Kind, dropped.ReportId));
    }

    /// <summary>This process's id in the notifications it sends.</summary>
    public string InstanceId { get; }

    /// <summary>The listening connection's application_name, where pg_stat_activity shows it.</summary>
    public string ListenerApplicationName { get; }

    /// <summary>The listener's LISTEN is in place: other instances' changes reach this one.</summary>
    public bool IsListening => _listening;

    public void Changed(int reportId, uint version, ReportChangeKind kind, Actor actor)
    {
        var change = new ReportChange(reportId, version, kind, actor.UserId, actor.Name);
        _local.Deliver(change);
        // Never blocks: a full queue drops its oldest entry (logged).
        _outbox.Writer.TryWrite(ReportChangeMessage.From(InstanceId, change));
    }

    public IDisposable Subscribe(int reportId, Action<ReportChange> handler) => _local.Subscribe(reportId, handler);

    /// <summary>Registered under three service types, so the container may dispose it more than once.</summary>
    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        base.Dispose();
        _sender.Dispose();
    }

    /// <summary>
    /// Sends what waits for NOTIFY now, on the caller: for a process that does not run the hosted loops (the Cli,
    /// whose imports change reports under open forms) and must announce its changes before it exits. A change that
    /// cannot be sent after the retries is logged, as in the loop.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        while (_outbox.Reader.TryRead(out var message))
        {
            await SendOneAsync(message, cancellationToken);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(SendAsync(stoppingToken), ListenAsync(stoppingToken));

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in _outbox.Reader.ReadAllAsync(stoppingToken))
            {
                await SendOneAsync(message, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendOneAsync(ReportChangeMessage message, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < SendPauses.Length; attempt++)
        {
            try
            {
                await Task.Delay(SendPauses[attempt], cancellationToken);
                await NotifyAsync(message, cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // After a database restart the pool holds connections the server closed: start afresh.
                _sender.Clear();
                if (attempt == SendPauses.Length - 1)
                {
                    // The change is committed and this instance's forms have it; the others' forms meet it
                    // on their next save (the version check) or reload.
                    _logger.LogWarning(
                        exception,
                        "The {Kind} of report {ReportId} could not be announced to the other instances",
                        message.Kind,
                        message.ReportId);
                }
            }
        }
    }

    private async Task NotifyAsync(ReportChangeMessage message, CancellationToken cancellationToken)
    {
        await using var connection = await _sender.OpenConnectionAsync(cancellationToken);
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        notify.Parameters.AddWithValue("channel", Channel);
        notify.Parameters.AddWithValue("payload", JsonSerializer.Serialize(message, Json));
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        var listenedBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_listenConnectionString);
                connection.Notification += OnNotification;
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _listening = true;
                if (failures > 0)
                {
                    _logger.LogInformation("Listening for other instances' report changes again, after {Failures} failed attempts", failures);
                }

                // LISTEN is in place before the versions are read: a change after this point arrives as a notification.
                if (listenedBefore)
                {
                    await CatchUpAsync(connection, stoppingToken);
                }

                listenedBefore = true;
                failures = 0;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                _listening = false;
                var pause = _reconnectPauses[Math.Min(failures, _reconnectPauses.Length - 1)];
                failures++;
                _logger.LogWarning(
                    exception,
                    "Not listening for other instances' report changes (attempt {Failures}); reconnecting in {Pause}",
                    failures,
                    pause);
                try
                {
                    await Task.Delay(pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            finally
            {
                _listening = false;
            }
        }
    }

    /// <summary>After a gap in listening: the current version of every followed report, handed on as a missed change.</summary>
    private async Task CatchUpAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var followed = _local.FollowedReports();
        if (followed.Count == 0)
        {
            return;
        }

        var versions = new List<(int Id, uint Version)>();
        await using (var read = new NpgsqlCommand("SELECT id, xmin FROM annual_reports WHERE id = ANY(@ids)", connection))
        {
            read.Parameters.AddWithValue("ids", followed.ToArray());
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                versions.Add((reader.GetInt32(0), reader.GetFieldValue<uint>(1)));
            }
        }

        _logger.LogInformation("Checking {Count} followed reports for changes made while not listening", versions.Count);
        foreach (var (id, version) in versions)
        {
            _local.Deliver(new ReportChange(id, version, ReportChangeKind.Missed, string.Empty, string.Empty));
        }
    }

    /// <summary>Runs inside WaitAsync on the listener's loop; subscribers only hand the change on (ReportChanges' contract).</summary>
    private void OnNotification(object sender, NpgsqlNotificationEventArgs notification)
    {
        if (notification.Channel != Channel)
        {
            return;
        }

        ReportChangeMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<ReportChangeMessage>(notification.Payload, Json);
        }
        catch (JsonException exception)
        {
            _logger.LogWarning(exception, "A report-change notification could not be read: {Payload}", notification.Payload);
            return;
        }

        if (message is null || message.Instance == InstanceId)
        {
            return;
        }

        _local.Deliver(message.ToChange());
    }
}
