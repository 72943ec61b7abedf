using System.Net;
using System.Net.Http.Json;
using MunicipalPress.Api.Tests.Api;
using MunicipalPress.Application.FigureChecks;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;
using static MunicipalPress.Api.Tests.Api.ReportRequests;

namespace MunicipalPress.Api.Tests.FigureChecks;

/// <summary>GET /reports/{id}/checks and marking a check as intended, through the API, with who may do what; submit warns but goes through.</summary>
public sealed class FigureCheckApiTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private const string Officer = "tomsk";

    [Fact]
    public async Task Checks_MismatchInDraft_FlaggedMarkedAndSubmittedWithWarnings()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(Officer));
        using var stranger = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var report = await DraftWithMismatchesAsync(officer, analyst);

        var checks = await ChecksAsync(officer, report.Id);
        Assert.Equal(2, checks.Open.Count);
        var releases = Assert.Single(checks.Open, f => f.IndicatorCode == "press_releases");
        Assert.Equal((FigureFlagKind.Disagreement, 1340m, 1300m), (releases.Kind, releases.TextValue, releases.TableValue));
        var photos = Assert.Single(checks.Open, f => f.IndicatorCode == "photo_reports");
        Assert.Equal((FigureFlagKind.MissingValue, 75m), (photos.Kind, photos.SuggestedValue));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/reports/{report.Id}/checks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Acknowledge(stranger, report.Id, releases.Key)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Acknowledge(analyst, report.Id, releases.Key)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Acknowledge(officer, report.Id, "disagreement:press_releases:1:2")).StatusCode);

        var marked = await Acknowledge(officer, report.Id, releases.Key);
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var afterMark = (await marked.Content.ReadFromJsonAsync<FigureChecksDto>(JsonDefaults.Options))!;
        Assert.Equal(photos.Key, Assert.Single(afterMark.Open).Key);
        Assert.Equal(releases.Key, Assert.Single(afterMark.Acknowledged).Key);
        Assert.Equal(HttpStatusCode.OK, (await Acknowledge(officer, report.Id, releases.Key)).StatusCode);

        var submit = await officer.PostAsync($"/api/v1/reports/{report.Id}/submit", null);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        var submitted = (await submit.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        Assert.Equal(ReportStatus.Submitted, submitted.Status);
        Assert.Equal(photos.Key, Assert.Single(submitted.Warnings!).Key);

        Assert.Null((await officer.GetFromJsonAsync<ReportDto>($"/api/v1/reports/{report.Id}", JsonDefaults.Options))!.Warnings);
        Assert.Equal(HttpStatusCode.Forbidden, (await Acknowledge(officer, report.Id, photos.Key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Acknowledge(analyst, report.Id, photos.Key)).StatusCode);
        Assert.Empty((await ChecksAsync(analyst, report.Id)).Open);

        var completeness = (await analyst.GetFromJsonAsync<CompletenessDto>("/api/v1/reporting-years/2025/completeness", JsonDefaults.Options))!;
        var row = completeness.Regions.SelectMany(r => r.Municipalities).Single(m => m.ReportId == report.Id);
        Assert.Equal(0, row.FiguresToCheck);
        Assert.Contains(completeness.Regions.SelectMany(r => r.Municipalities), m => m.ReportId is null && m.FiguresToCheck is null);
    }

    [Fact]
    public async Task Checks_AnonymousOrUnknownReport_NotServed()
    {
        using var anonymous = app.CreateClient();
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/reports/1/checks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/reports/999999/checks")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/reports/1/checks/acknowledged", new { key = "" })).StatusCode);
    }

    /// <summary>The city is looked up by the analyst: a press officer's list request would meet the request-log test's filter.</summary>
    private static async Task<ReportDto> DraftWithMismatchesAsync(HttpClient officer, HttpClient analyst)
    {
        var city = (await analyst.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", JsonDefaults.Options))!.Single(m => m.Name == "Томск");
        var indicators = (await officer.GetFromJsonAsync<List<IndicatorDto>>("/api/v1/indicators", JsonDefaults.Options))!;
        var created = await officer.PostAsync($"/api/v1/municipalities/{city.Id}/reports/2025", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        var saved = await PutAsync(officer, draft.Id, created.Headers.ETag!, new
        {
            achievements = new[]
            {
                new { direction = "СМИ", text = "Редакции получили от нас 1 340 пресс-релизов за двенадцать месяцев." },
                new { direction = "Сайт", text = "Фотографы отдела подготовили 75 фоторепортажей для сайта." },
            },
            plannedTasks = Array.Empty<object>(),
            indicatorValues = new[] { new { indicatorId = indicators.Single(i => i.Code == "press_releases").Id, value = 1300m, note = (string?)null } },
            peerHighlights = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return (await saved.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
    }

    private static async Task<FigureChecksDto> ChecksAsync(HttpClient client, int reportId) =>
        (await client.GetFromJsonAsync<FigureChecksDto>($"/api/v1/reports/{reportId}/checks", JsonDefaults.Options))!;

    private static Task<HttpResponseMessage> Acknowledge(HttpClient client, int reportId, string key) =>
        client.PostAsJsonAsync($"/api/v1/reports/{reportId}/checks/acknowledged", new { key });
}
