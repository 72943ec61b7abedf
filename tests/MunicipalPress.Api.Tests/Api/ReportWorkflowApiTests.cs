using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;
using static MunicipalPress.Api.Tests.Api.ReportRequests;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>The journey of a report through the API: create, save with If-Match, submit, return, resubmit, approve, reopen.</summary>
public sealed class ReportWorkflowApiTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public async Task FullJourney_CreateSaveSubmitReturnResubmitApproveReopen_WithHistory()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail("tomsk"));
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var tomsk = await FindCityAsync(officer, "Томск");
        var pressReleases = (await IndicatorsAsync(officer)).Single(i => i.Code == "press_releases");

        var created = await officer.PostAsync($"/api/v1/municipalities/{tomsk.Id}/reports/2025", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        Assert.Equal(ReportStatus.Draft, draft.Status);

        var emptySubmit = await officer.PostAsync($"/api/v1/reports/{draft.Id}/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, emptySubmit.StatusCode);
        Assert.Contains("achievements", (await Problem(emptySubmit)).GetProperty("errors").EnumerateObject().Select(p => p.Name));

        var saved = await PutAsync(officer, draft.Id, created.Headers.ETag!, new
        {
            achievements = new[] { new { direction = "Взаимодействие со СМИ", text = "Подготовлено 1 200 пресс-релизов." } },
            plannedTasks = new[] { new { text = "Запустить новый сайт." } },
            indicatorValues = new[] { new { indicatorId = pressReleases.Id, value = 1200m, note = "за год" } },
            peerHighlights = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var afterSave = (await saved.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        Assert.Equal(1200m, afterSave.IndicatorValues.Single().Value);
        Assert.NotEqual(created.Headers.ETag, saved.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/reports/{draft.Id}/submit", null)).StatusCode);
        var readOnly = await PutAsync(officer, draft.Id, (await officer.GetAsync($"/api/v1/reports/{draft.Id}")).Headers.ETag!, EmptyContent);
        Assert.Equal(HttpStatusCode.Conflict, readOnly.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/v1/reports/{draft.Id}/return", new { comment = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsJsonAsync($"/api/v1/reports/{draft.Id}/return", new { comment = " " })).StatusCode);
        var returned = await analyst.PostAsJsonAsync($"/api/v1/reports/{draft.Id}/return", new { comment = "Добавьте, пожалуйста, фоторепортажи." });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var returnedReport = (await returned.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        Assert.Equal(ReportStatus.Returned, returnedReport.Status);
        Assert.Contains(returnedReport.ReviewComments, c => c.Text.Contains("фоторепортажи"));

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/reports/{draft.Id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/v1/reports/{draft.Id}/approve", null)).StatusCode);
        var approved = await analyst.PostAsync($"/api/v1/reports/{draft.Id}/approve", null);
        Assert.Equal(ReportStatus.Approved, (await approved.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await analyst.PostAsync($"/api/v1/reports/{draft.Id}/approve", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"/api/v1/reports/{draft.Id}/reopen", null)).StatusCode);
        var reopened = await admin.PostAsync($"/api/v1/reports/{draft.Id}/reopen", null);
        Assert.Equal(ReportStatus.Draft, (await reopened.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!.Status);

        var history = (await officer.GetFromJsonAsync<List<ReportHistoryEntryDto>>($"/api/v1/reports/{draft.Id}/history", JsonDefaults.Options))!;
        Assert.Equal(
            ["Reopen", "Approve", "Submit", "Return", "Submit", "Save", "Create"],
            history.Select(h => h.Action).ToArray());
        Assert.Contains(history.Single(h => h.Action == "Save").Changes, c => c.Contains("press_releases: — → 1200"));
        var version = await officer.GetFromJsonAsync<ReportVersionDto>(
            $"/api/v1/reports/{draft.Id}/history/{history.Single(h => h.Action == "Save").Id}", JsonDefaults.Options);
        Assert.Equal("Подготовлено 1 200 пресс-релизов.", version!.Content.Achievements.Single().Text);
    }

    [Fact]
    public async Task Put_WithoutIfMatch_Returns428_AndStaleVersion_Returns412WithCurrentVersion()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail("yakutsk"));
        var city = await FindCityAsync(officer, "Якутск");
        var created = await officer.PostAsync($"/api/v1/municipalities/{city.Id}/reports/2025", null);
        var draft = (await created.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;

        var noIfMatch = await officer.PutAsJsonAsync($"/api/v1/reports/{draft.Id}", EmptyContent);
        var first = await PutAsync(officer, draft.Id, created.Headers.ETag!, WithAchievement("Первая версия."));
        var stale = await PutAsync(officer, draft.Id, created.Headers.ETag!, WithAchievement("Вторая вкладка."));

        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var problem = await Problem(stale);
        Assert.Equal(first.Headers.ETag!.Tag.Trim('"'), problem.GetProperty("currentVersion").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var current = await officer.GetFromJsonAsync<ReportDto>($"/api/v1/reports/{draft.Id}", JsonDefaults.Options);
        Assert.Equal("Первая версия.", current!.Achievements.Single().Text);
    }

    [Fact]
    public async Task Put_InvalidValues_Returns400WithErrorsPerField_AndSavesNothing()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        var city = await FindCityAsync(officer, "Благовещенск");
        var report = await officer.GetAsync($"/api/v1/municipalities/{city.Id}/reports/2025");
        var before = (await report.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        var pressReleases = (await IndicatorsAsync(officer)).Single(i => i.Code == "press_releases");

        var response = await PutAsync(officer, before.Id, report.Headers.ETag!, new
        {
            achievements = new[] { new { direction = (string?)null, text = "  " } },
            plannedTasks = Array.Empty<object>(),
            indicatorValues = new[] { new { indicatorId = pressReleases.Id, value = -5.5m, note = (string?)null }, new { indicatorId = 999999, value = 1m, note = (string?)null } },
            peerHighlights = new[] { new { mentionedMunicipalityId = city.Id, text = "о себе" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Problem(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("achievements[0].text", errors);
        Assert.Contains("indicatorValues[0].value", errors);
        Assert.Contains("indicatorValues[1].indicatorId", errors);
        Assert.Contains("peerHighlights[0].mentionedMunicipalityId", errors);
        var after = await officer.GetFromJsonAsync<ReportDto>($"/api/v1/reports/{before.Id}", JsonDefaults.Options);
        Assert.Equal(before.Version, after!.Version);
        Assert.Equal(before.Achievements.Select(a => a.Text), after.Achievements.Select(a => a.Text));
    }

    [Fact]
    public async Task NewIndicator_IsADraft_SeenByAdministratorsOnly_TakesNoValues_UntilPublished()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));

        var created = await admin.PostAsJsonAsync("/api/v1/indicators", new
        {
            code = "draft_probe", nameRu = "Проба", nameUk = "Проба", nameEn = "Probe", unit = "x", kind = "Count", category = "Media", sortOrder = 99_000,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draftIndicator = (await created.Content.ReadFromJsonAsync<IndicatorDto>(JsonDefaults.Options))!;
        Assert.False(draftIndicator.IsPublished);

        // Nobody's form lists it: not the officer's, even when asking for drafts, and not the administrator's by default.
        Assert.DoesNotContain(await IndicatorsAsync(officer), i => i.Code == "draft_probe");
        Assert.DoesNotContain((await officer.GetFromJsonAsync<List<IndicatorDto>>("/api/v1/indicators?includeDrafts=true", JsonDefaults.Options))!, i => i.Code == "draft_probe");
        Assert.DoesNotContain(await IndicatorsAsync(admin), i => i.Code == "draft_probe");
        Assert.Contains((await admin.GetFromJsonAsync<List<IndicatorDto>>("/api/v1/indicators?includeDrafts=true", JsonDefaults.Options))!, i => i.Code == "draft_probe");

        // A value for it is refused like a value for no indicator at all.
        var city = await FindCityAsync(officer, "Благовещенск");
        var current = await officer.GetAsync($"/api/v1/municipalities/{city.Id}/reports/2025");
        var report = (await current.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        var refused = await PutAsync(officer, report.Id, current.Headers.ETag!, new
        {
            achievements = Array.Empty<object>(),
            plannedTasks = Array.Empty<object>(),
            indicatorValues = new[] { new { indicatorId = draftIndicator.Id, value = 5m } },
            peerHighlights = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("indicatorValues[0].indicatorId", (await Problem(refused)).GetProperty("errors").EnumerateObject().Select(p => p.Name));

        // Publishing is the administrator's, and then every form has it, in its place in the order.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/v1/indicators/{draftIndicator.Id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/indicators/987654/publish", null)).StatusCode);
        var published = await admin.PostAsync($"/api/v1/indicators/{draftIndicator.Id}/publish", null);
        Assert.True((await published.Content.ReadFromJsonAsync<IndicatorDto>(JsonDefaults.Options))!.IsPublished);
        var catalogue = await IndicatorsAsync(officer);
        Assert.Equal("draft_probe", catalogue[^1].Code);
    }

    [Fact]
    public async Task Put_MalformedJson_Returns400NotServerError()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/reports/1")
        {
            Content = new StringContent("{\"achievements\": [ {\"text\": 5 ", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));

        var response = await officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PressOfficer_CannotTouchAnotherCitysReports()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var khabarovsk = await FindCityAsync(analyst, "Хабаровск");
        var submitted = await analyst.GetAsync($"/api/v1/municipalities/{khabarovsk.Id}/reports/2025");
        var submittedReport = (await submitted.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        var approved2021 = await analyst.GetFromJsonAsync<ReportDto>($"/api/v1/municipalities/{khabarovsk.Id}/reports/2021", JsonDefaults.Options);

        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(officer, submittedReport.Id, submitted.Headers.ETag!, EmptyContent)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync($"/api/v1/reports/{submittedReport.Id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/reports/{submittedReport.Id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(officer, approved2021!.Id, new EntityTagHeaderValue($"\"{approved2021.Version}\""), EmptyContent)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/v1/municipalities/{khabarovsk.Id}/reports/2024", null)).StatusCode);
    }

    private static readonly object EmptyContent = new
    {
        achievements = Array.Empty<object>(),
        plannedTasks = Array.Empty<object>(),
        indicatorValues = Array.Empty<object>(),
        peerHighlights = Array.Empty<object>(),
    };

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<IndicatorDto>> IndicatorsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<IndicatorDto>>("/api/v1/indicators", JsonDefaults.Options))!;

    private static async Task<MunicipalityDto> FindCityAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<List<MunicipalityDto>>(
            $"/api/v1/municipalities?search={Uri.EscapeDataString(name)}", JsonDefaults.Options))!.Single(m => m.Name == name);
}
