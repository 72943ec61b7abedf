using System.Net;
using System.Net.Http.Json;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;
using static MunicipalPress.Api.Tests.Api.ReportRequests;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>
/// "Ready" is the submission rule: what /my shows and GET /reports/{id}/readiness answer. A report that may be sent
/// but has no tasks for next year and blank indicators is not called complete.
/// </summary>
public sealed class ReportReadinessApiTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public async Task Readiness_FollowsTheSubmitRule_AndSaysWhatACompleteReportStillLacks()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail("tomsk"));
        var tomsk = (await officer.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities?search=Томск", JsonDefaults.Options))!
            .Single(m => m.Name == "Томск");
        var catalogue = (await officer.GetFromJsonAsync<List<IndicatorDto>>("/api/v1/indicators", JsonDefaults.Options))!;
        var required = catalogue.Where(i => i.IsRequired).ToList();
        var created = await officer.PostAsync($"/api/v1/municipalities/{tomsk.Id}/reports/2025", null);
        var draft = (await created.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;

        // Empty: what blocks is what submit refuses.
        var empty = await ReadinessAsync(officer, draft.Id);
        Assert.False(empty.CanSubmit);
        Assert.Contains(empty.Blocking, g => g.Kind == ReadinessGapKind.NoAchievements);
        Assert.Equal(required.Select(i => i.Code).Order(), empty.Blocking.Where(g => g.Kind == ReadinessGapKind.RequiredIndicatorMissing).Select(g => g.Field).Order());
        var refused = await officer.PostAsync($"/api/v1/reports/{draft.Id}/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        // An achievement and the required figures: it may go, but without next year's tasks and with blank
        // indicators it is not complete, and says so.
        var saved = await PutAsync(officer, draft.Id, created.Headers.ETag!, new
        {
            achievements = new[] { new { direction = "СМИ", text = "Пресс-служба выпускала ежедневную сводку новостей." } },
            plannedTasks = Array.Empty<object>(),
            indicatorValues = required.Select(i => new { indicatorId = i.Id, value = i.MinValue ?? 1m, note = (string?)null }).ToArray(),
            peerHighlights = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var sendable = await ReadinessAsync(officer, draft.Id);
        Assert.True(sendable.CanSubmit);
        Assert.False(sendable.IsComplete);
        Assert.Contains(sendable.Advisory, g => g.Kind == ReadinessGapKind.NoPlannedTasks);
        var blank = Assert.Single(sendable.Advisory, g => g.Kind == ReadinessGapKind.IndicatorsBlank);
        Assert.Equal(catalogue.Count(i => i.IsActive) - required.Count, blank.Count);
        Assert.Equal(catalogue.Count(i => i.IsActive), blank.Of);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/reports/{draft.Id}/submit", null)).StatusCode);
    }

    [Fact]
    public async Task Readiness_OfAnotherCitysDraft_IsNotFound()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Seversk));
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var reports = await analyst.GetFromJsonAsync<PageDto>("/api/v1/reports?year=2025&status=Draft", JsonDefaults.Options);
        var foreignDraft = reports!.Items.First(r => r.MunicipalityName != "Северск");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/reports/{foreignDraft.Id}/readiness")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/v1/reports/{foreignDraft.Id}/readiness")).StatusCode);
    }

    private static async Task<ReportReadiness> ReadinessAsync(HttpClient client, int reportId) =>
        (await client.GetFromJsonAsync<ReportReadiness>($"/api/v1/reports/{reportId}/readiness", JsonDefaults.Options))!;

    private sealed record PageDto(List<ReportSummaryDto> Items);
}
