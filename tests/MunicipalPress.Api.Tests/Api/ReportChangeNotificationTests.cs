using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Reports.Changes;
using MunicipalPress.Infrastructure.DemoData;
using static MunicipalPress.Api.Tests.Api.ReportRequests;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>
/// The services publish every committed change to a report exactly once (what open forms follow), publish nothing
/// for a refused action, and stop delivering to a disposed subscription. The changes are made through the API,
/// whose requests run the same services as the pages; a publication happens before the response is written.
/// </summary>
public sealed class ReportChangeNotificationTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private ReportChanges Changes => app.Services.GetRequiredService<ReportChanges>();

    [Fact]
    public async Task Save_PublishesOneSavedChange_WithTheNewVersionAndTheEditor()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        var (report, etag) = await DraftAsync(officer, "Благовещенск");
        using var received = Record(report.Id);

        var saved = await PutAsync(officer, report.Id, etag, WithAchievement("Сохранено для подписчиков."));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var change = Assert.Single(received.Changes);
        Assert.Equal((report.Id, ReportChangeKind.Saved, VersionOf(saved.Headers.ETag!)), (change.ReportId, change.Kind, change.Version));
        Assert.Equal("Пресс-служба, Благовещенск", change.ActorName);
        Assert.False(string.IsNullOrEmpty(change.ActorUserId));
    }

    [Fact]
    public async Task Comment_PublishesOneCommentedChange_WithTheCommentersVersion()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail("seversk"));
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var (report, _) = await DraftAsync(officer, "Северск");
        using var received = Record(report.Id);

        var commented = await analyst.PostAsJsonAsync($"/api/v1/reports/{report.Id}/comments", new { comment = "Проверьте показатели." });

        Assert.Equal(HttpStatusCode.OK, commented.StatusCode);
        var after = (await commented.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        var change = Assert.Single(received.Changes);
        Assert.Equal((report.Id, ReportChangeKind.Commented, after.Version), (change.ReportId, change.Kind, change.Version));
        Assert.Equal("Аналитик ассоциации", change.ActorName);
    }

    [Fact]
    public async Task Transitions_PublishOneChangeEach_AndRefusedActionsPublishNothing()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail("angarsk"));
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var stranger = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail("bratsk"));
        var (report, etag) = await DraftAsync(officer, "Ангарск");
        using var received = Record(report.Id);

        // Refused: a stale version (412), another city's officer (who does not even see the draft: 404), a step
        // the status does not allow (409); below, a step the role does not allow (403).
        var stale = new EntityTagHeaderValue($"\"{unchecked(report.Version - 1)}\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutAsync(officer, report.Id, stale, WithAchievement("Устарело."))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(stranger, report.Id, etag, WithAchievement("Чужой город."))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await analyst.PostAsync($"/api/v1/reports/{report.Id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/reports/{report.Id}/comments", new { comment = "Можно?" })).StatusCode);
        Assert.Empty(received.Changes);

        var submitted = await officer.PostAsync($"/api/v1/reports/{report.Id}/submit", null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/v1/reports/{report.Id}/approve", null)).StatusCode);
        var returned = await analyst.PostAsJsonAsync($"/api/v1/reports/{report.Id}/return", new { comment = "Добавьте фотоотчёты." });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);

        Assert.Equal(
            [(ReportChangeKind.Submitted, VersionOf(submitted.Headers.ETag!)), (ReportChangeKind.Returned, VersionOf(returned.Headers.ETag!))],
            received.Changes.Select(c => (c.Kind, c.Version)).ToArray());
        Assert.All(received.Changes, c => Assert.Equal(report.Id, c.ReportId));
        Assert.Equal(["Пресс-служба, Ангарск", "Аналитик ассоциации"], received.Changes.Select(c => c.ActorName).ToArray());
    }

    [Fact]
    public async Task DisposedSubscription_GetsNothingMore_AndIsForgotten()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail("krasnoyarsk"));
        var (report, etag) = await DraftAsync(officer, "Красноярск");
        var before = Changes.SubscriptionCount;
        var received = Record(report.Id);
        using var other = Record(report.Id);
        Assert.Equal(before + 2, Changes.SubscriptionCount);

        var first = await PutAsync(officer, report.Id, etag, WithAchievement("Первое сохранение."));
        received.Dispose();
        received.Dispose();
        var second = await PutAsync(officer, report.Id, first.Headers.ETag!, WithAchievement("Второе сохранение."));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal([VersionOf(first.Headers.ETag!)], received.Changes.Select(c => c.Version).ToArray());
        Assert.Equal([VersionOf(first.Headers.ETag!), VersionOf(second.Headers.ETag!)], other.Changes.Select(c => c.Version).ToArray());
        Assert.Equal(before + 1, Changes.SubscriptionCount);
    }

    [Fact]
    public void FailingSubscriber_DoesNotStopTheOthers()
    {
        var notifier = app.Services.GetRequiredService<IReportChangeNotifier>();
        var actor = new Application.Security.Actor("user-1", "Тест", Application.Security.Roles.Administrator, null);
        using var failing = notifier.Subscribe(-1, _ => throw new InvalidOperationException("subscriber bug"));
        using var received = Record(-1);

        notifier.Changed(-1, 42, ReportChangeKind.Saved, actor);

        Assert.Equal(42u, Assert.Single(received.Changes).Version);
    }

    private Recorder Record(int reportId) => new(app.Services.GetRequiredService<IReportChangeNotifier>(), reportId);

    private static async Task<(ReportDto Report, EntityTagHeaderValue ETag)> DraftAsync(HttpClient client, string city)
    {
        var municipality = (await client.GetFromJsonAsync<List<MunicipalityDto>>(
            $"/api/v1/municipalities?search={Uri.EscapeDataString(city)}", JsonDefaults.Options))!.Single(m => m.Name == city);
        var response = await client.GetAsync($"/api/v1/municipalities/{municipality.Id}/reports/2025");
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!, response.Headers.ETag!);
    }

    private static uint VersionOf(EntityTagHeaderValue etag) => uint.Parse(etag.Tag.Trim('"'), CultureInfo.InvariantCulture);

    /// <summary>A subscription that keeps what it receives, in order.</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly ConcurrentQueue<ReportChange> _changes = new();
        private readonly IDisposable _subscription;

        public Recorder(IReportChangeNotifier notifier, int reportId) =>
            _subscription = notifier.Subscribe(reportId, _changes.Enqueue);

        public IReadOnlyList<ReportChange> Changes => [.. _changes];

        public void Dispose() => _subscription.Dispose();
    }
}
