using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Reports.Changes;
using MunicipalPress.Application.Security;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Infrastructure.Notifications;
using Npgsql;
using Xunit.Abstractions;
using MunicipalPress.Api.Tests.Api;
using static MunicipalPress.Api.Tests.Api.ReportRequests;

namespace MunicipalPress.Api.Tests.Operations;

/// <summary>
/// Two instances on one database (issue 12, ADR 0024): a change made through one instance's API reaches a
/// subscriber on the other over LISTEN/NOTIFY, each instance hears its own change once, the listener comes back
/// after its connection is killed, and a NOTIFY that cannot be sent neither throws nor stops local delivery.
/// </summary>
public sealed class ReportChangesAcrossInstancesTests(MunicipalPressAppFactory first, ITestOutputHelper output) : IClassFixture<MunicipalPressAppFactory>, IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);
    private IAsyncDisposable _secondInstance = default!;
    private IServiceProvider _second = default!;

    public async Task InitializeAsync()
    {
        var instance = AppInstance.On(first.ConnectionString);
        (_secondInstance, _second) = (instance, instance.Services);
        await WaitUntilAsync(() => Task.FromResult(NotifierOf(first.Services).IsListening && NotifierOf(_second).IsListening), "the listeners did not start");
    }

    public async Task DisposeAsync() => await _secondInstance.DisposeAsync();

    [Fact]
    public void App_UsesThePostgresNotifier()
    {
        Assert.IsType<PostgresReportChangeNotifier>(first.Services.GetRequiredService<IReportChangeNotifier>());
        Assert.NotEqual(NotifierOf(first.Services).InstanceId, NotifierOf(_second).InstanceId);
    }

    [Fact]
    public async Task Comment_OnOneInstance_ReachesTheOther_AndNobodyHearsAChangeTwice()
    {
        using var analyst = await first.CreateClientForAsync(DemoUsers.AnalystEmail);
        var (report, _) = await DraftAsync(analyst, "Северск");
        using var onFirst = new Recorder(first.Services, report.Id);
        using var onSecond = new Recorder(_second, report.Id);

        var commented = await analyst.PostAsJsonAsync($"/api/v1/reports/{report.Id}/comments", new { comment = "Проверьте охват публикаций." });

        Assert.Equal(HttpStatusCode.OK, commented.StatusCode);
        var version = (await commented.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!.Version;
        var answered = System.Diagnostics.Stopwatch.StartNew();
        var arrived = await onSecond.WaitForAsync(1);
        output.WriteLine($"the comment reached the other instance {answered.ElapsedMilliseconds} ms after the response");
        Assert.Equal((report.Id, ReportChangeKind.Commented, version, "Аналитик ассоциации"), (arrived[0].ReportId, arrived[0].Kind, arrived[0].Version, arrived[0].ActorName));

        // A change sent by the second instance after the first one's: the first instance's listener hears its own
        // echo before it (one session, commit order), so once this arrives an echo would have shown.
        var actor = new Actor("someone-on-the-second", "Другой экземпляр", Roles.Administrator, null);
        NotifierOf(_second).Changed(report.Id, version + 1000, ReportChangeKind.Saved, actor);
        var onFirstAll = await onFirst.WaitForAsync(2);
        Assert.Equal([(ReportChangeKind.Commented, version), (ReportChangeKind.Saved, version + 1000)], onFirstAll.Select(c => (c.Kind, c.Version)).ToArray());
        Assert.Equal("Другой экземпляр", onFirstAll[1].ActorName);

        // And a sentinel from the first instance, sent after the second's change had come round: the second
        // instance's listener hears the echo of its own change before the sentinel (commit order), so once the
        // sentinel is there an echo would have shown. No fixed wait.
        NotifierOf(first.Services).Changed(report.Id, version + 2000, ReportChangeKind.Saved, actor);
        var onSecondAll = await onSecond.WaitForAsync(3);
        Assert.Equal(
            [(ReportChangeKind.Commented, version), (ReportChangeKind.Saved, version + 1000), (ReportChangeKind.Saved, version + 2000)],
            onSecondAll.Select(c => (c.Kind, c.Version)).ToArray());
        Assert.Equal(3, onFirst.Changes.Count);
    }

    [Fact]
    public async Task StatusChange_OnOneInstance_ReachesTheOther()
    {
        using var officer = await first.CreateClientForAsync(DemoUsers.PressOfficerEmail("angarsk"));
        var (report, etag) = await DraftAsync(officer, "Ангарск");
        var saved = await PutAsync(officer, report.Id, etag, WithAchievement("Для проверки между экземплярами."));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        // The earlier notices (creation, save) travel on their own and may still arrive after this subscribes: the
        // submission is the one to hear, once, and after them (commit order).
        using var onSecond = new Recorder(_second, report.Id);

        var submitted = await officer.PostAsync($"/api/v1/reports/{report.Id}/submit", null);

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var changes = await onSecond.WaitForAsync(ReportChangeKind.Submitted);
        var change = Assert.Single(changes, c => c.Kind == ReportChangeKind.Submitted);
        Assert.Equal(ReportChangeKind.Submitted, changes[^1].Kind);
        Assert.Equal("Пресс-служба, Ангарск", change.ActorName);
        Assert.Equal($"\"{change.Version}\"", submitted.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Listener_KilledByTheServer_ReconnectsAndDeliversAgain()
    {
        var listener = NotifierOf(_second);
        var killed = await ListenerPidAsync(listener.ListenerApplicationName);
        Assert.NotNull(killed);
        await TerminateAsync(killed.Value);

        await WaitUntilAsync(
            async () => listener.IsListening && await ListenerPidAsync(listener.ListenerApplicationName) is { } pid && pid != killed,
            "the listener did not come back");
        using var officer = await first.CreateClientForAsync(DemoUsers.PressOfficerEmail("bratsk"));
        var (report, etag) = await DraftAsync(officer, "Братск");
        using var onSecond = new Recorder(_second, report.Id);

        var saved = await PutAsync(officer, report.Id, etag, WithAchievement("После переподключения."));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var change = Assert.Single(await onSecond.WaitForAsync(1));
        Assert.Equal((ReportChangeKind.Saved, $"\"{change.Version}\""), (change.Kind, saved.Headers.ETag!.Tag));
    }

    [Fact]
    public async Task ChangeMadeWhileTheListenerIsAway_IsHandedOnAsMissed_OnceItListensAgain()
    {
        // A listener of its own on the same database, which waits three seconds before listening again: long
        // enough for a save through the first instance to be announced while nobody here listens.
        using var listener = new PostgresReportChangeNotifier(
            first.ConnectionString, new ReportChanges(new RecordingLoggerOf<ReportChanges>(new RecordingLogger())),
            new RecordingLoggerOf<PostgresReportChangeNotifier>(new RecordingLogger()), [TimeSpan.FromSeconds(3)]);
        // A city of its own, so the draft is this test's alone (an administrator starts and edits it).
        using var officer = await first.CreateClientForAsync(DemoUsers.AdminEmail);
        var region = (await officer.GetFromJsonAsync<List<MunicipalPress.Application.Regions.RegionDto>>("/api/v1/regions", JsonDefaults.Options))![0];
        (await officer.PostAsJsonAsync("/api/v1/municipalities", new { name = "Слушающий Тестоград", regionId = region.Id, kind = "City", population = 12000 }))
            .EnsureSuccessStatusCode();
        var (report, etag) = await DraftAsync(officer, "Слушающий Тестоград", create: true);
        var received = new ConcurrentQueue<ReportChange>();
        using var subscription = listener.Subscribe(report.Id, received.Enqueue);
        await listener.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => Task.FromResult(listener.IsListening), "the listener did not start");
        var killed = await ListenerPidAsync(listener.ListenerApplicationName);
        Assert.NotNull(killed);
        await TerminateAsync(killed.Value);

        await WaitUntilAsync(() => Task.FromResult(!listener.IsListening), "the listener did not notice it was cut off");
        var saved = await PutAsync(officer, report.Id, etag, WithAchievement("Сохранено, пока экземпляр не слушал."));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.False(listener.IsListening);
        Assert.Empty(received);

        await WaitUntilAsync(() => Task.FromResult(!received.IsEmpty), "the change made while not listening was never handed on");
        var change = Assert.Single(received);
        Assert.Equal((ReportChangeKind.Missed, $"\"{change.Version}\""), (change.Kind, saved.Headers.ETag!.Tag));
        Assert.Equal(string.Empty, change.ActorUserId);
        Assert.NotEqual(report.Version, change.Version);
        await listener.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NotifyFailing_IsLogged_AndLocalSubscribersStillHearTheChange()
    {
        // Nothing listens on this port: every NOTIFY and every LISTEN fails.
        var unreachable = new NpgsqlConnectionStringBuilder(first.ConnectionString) { Port = FreePort() }.ConnectionString;
        var log = new RecordingLogger();
        using var notifier = new PostgresReportChangeNotifier(unreachable, new ReportChanges(new RecordingLoggerOf<ReportChanges>(log)), new RecordingLoggerOf<PostgresReportChangeNotifier>(log));
        var received = new ConcurrentQueue<ReportChange>();
        using var subscription = notifier.Subscribe(7, received.Enqueue);
        await notifier.StartAsync(CancellationToken.None);

        notifier.Changed(7, 1, ReportChangeKind.Saved, new Actor("u", "Тест", Roles.Administrator, null));

        Assert.Equal(1u, Assert.Single(received).Version);
        await WaitUntilAsync(() => Task.FromResult(log.Contains("could not be announced")), "the failed NOTIFY was not logged");
        Assert.True(log.Contains("Not listening for other instances' report changes"));
        Assert.False(notifier.IsListening);
        await notifier.StopAsync(CancellationToken.None);
    }

    private static PostgresReportChangeNotifier NotifierOf(IServiceProvider app) =>
        app.GetRequiredService<PostgresReportChangeNotifier>();

    private async Task<int?> ListenerPidAsync(string applicationName)
    {
        await using var connection = new NpgsqlConnection(first.ConnectionString);
        await connection.OpenAsync();
        await using var find = new NpgsqlCommand(
            "SELECT pid FROM pg_stat_activity WHERE application_name = @name AND state = 'idle' AND query LIKE 'LISTEN%'", connection);
        find.Parameters.AddWithValue("name", applicationName);
        return await find.ExecuteScalarAsync() as int?;
    }

    /// <summary>Ends a server session as an administrator or a failover would.</summary>
    private async Task TerminateAsync(int pid)
    {
        await using var connection = new NpgsqlConnection(first.ConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", connection);
        terminate.Parameters.AddWithValue("pid", pid);
        Assert.True((bool)(await terminate.ExecuteScalarAsync())!);
    }

    private static Task WaitUntilAsync(Func<Task<bool>> condition, string failure) =>
        Eventually.WaitUntilAsync(condition, Delivery, failure, pollMilliseconds: 25);

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    /// <param name="create">Starts the city's 2025 draft when it has none yet.</param>
    private static async Task<(ReportDto Report, EntityTagHeaderValue ETag)> DraftAsync(HttpClient client, string city, bool create = false)
    {
        var municipality = (await client.GetFromJsonAsync<List<MunicipalityDto>>(
            $"/api/v1/municipalities?search={Uri.EscapeDataString(city)}", JsonDefaults.Options))!.Single(m => m.Name == city);
        var response = await client.GetAsync($"/api/v1/municipalities/{municipality.Id}/reports/2025");
        if (create && response.StatusCode == HttpStatusCode.NotFound)
        {
            response = await client.PostAsync($"/api/v1/municipalities/{municipality.Id}/reports/2025", null);
        }

        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!, response.Headers.ETag!);
    }

    /// <summary>A subscription on one instance that keeps what it receives, in order.</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly ConcurrentQueue<ReportChange> _changes = new();
        private readonly IDisposable _subscription;

        public Recorder(IServiceProvider app, int reportId) =>
            _subscription = app.GetRequiredService<IReportChangeNotifier>().Subscribe(reportId, _changes.Enqueue);

        public IReadOnlyList<ReportChange> Changes => [.. _changes];

        public async Task<IReadOnlyList<ReportChange>> WaitForAsync(int count)
        {
            await WaitUntilAsync(() => Task.FromResult(_changes.Count >= count), $"{count} change(s) did not arrive within {Delivery}");
            return Changes;
        }

        /// <summary>Everything received until the first change of <paramref name="kind"/> has arrived.</summary>
        public async Task<IReadOnlyList<ReportChange>> WaitForAsync(ReportChangeKind kind)
        {
            await WaitUntilAsync(() => Task.FromResult(_changes.Any(c => c.Kind == kind)), $"no {kind} change arrived within {Delivery}");
            return Changes;
        }

        public void Dispose() => _subscription.Dispose();
    }

    private sealed class RecordingLogger
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public void Add(string line) => _lines.Enqueue(line);

        public bool Contains(string text) => _lines.Any(l => l.Contains(text, StringComparison.Ordinal));
    }

    private sealed class RecordingLoggerOf<T>(RecordingLogger log) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add(formatter(state, exception));
    }
}
