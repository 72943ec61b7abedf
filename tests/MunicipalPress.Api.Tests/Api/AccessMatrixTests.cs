using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>
/// Role × route × whose report, through the API. Press officers act for Благовещенск. Targets:
/// own draft (Благовещенск 2025), own approved (Благовещенск 2016), foreign draft (a 2025 Draft of another city),
/// foreign submitted (Хабаровск 2025), foreign approved (Хабаровск 2021). Refusals must leave no trace, and a
/// report the caller may not read is a 404 on every route (no leak of its existence). Successful writes are
/// covered by the journey tests; here every permitted write is sent with a body or state that makes the
/// outcome deterministic.
/// </summary>
public sealed class AccessMatrixTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    public static readonly string[] Roles = ["anonymous", "press", "analyst", "admin"];

    public static TheoryData<string, string, string, int> ReportCases()
    {
        var data = new TheoryData<string, string, string, int>();
        void Add(string method, string route, int anonymous, int press, int analyst, int admin) =>
            AddRow(data, method, route, anonymous, press, analyst, admin);

        foreach (var read in new[] { "/api/v1/reports/{r}", "/api/v1/reports/{r}/history", "/api/v1/reports/{r}/readiness", "/api/v1/reports/{r}/checks", "/api/v1/municipalities/{m}/reports/{y}" })
        {
            Add("GET", read.Replace("{r}", "{ownDraft}").Replace("{m}", "{ownCity}").Replace("{y}", "2025"), 401, 200, 200, 200);
            Add("GET", read.Replace("{r}", "{ownApproved}").Replace("{m}", "{ownCity}").Replace("{y}", "2016"), 401, 200, 200, 200);
            Add("GET", read.Replace("{r}", "{foreignDraft}").Replace("{m}", "{foreignDraftCity}").Replace("{y}", "2025"), 401, 404, 200, 200);
            Add("GET", read.Replace("{r}", "{foreignSubmitted}").Replace("{m}", "{foreignCity}").Replace("{y}", "2025"), 401, 404, 200, 200);
            Add("GET", read.Replace("{r}", "{foreignApproved}").Replace("{m}", "{foreignCity}").Replace("{y}", "2021"), 401, 200, 200, 200);
        }

        // Writing content: the city's press officers and administrators; analysts never.
        Add("PUT", "/api/v1/reports/{foreignDraft}", 401, 404, 403, 400);
        Add("PUT", "/api/v1/reports/{foreignSubmitted}", 401, 404, 403, 409);
        Add("PUT", "/api/v1/reports/{foreignApproved}", 401, 403, 403, 409);
        Add("PUT", "/api/v1/reports/{ownApproved}", 401, 409, 403, 409);
        Add("PUT", "/api/v1/reports/{ownDraft}", 401, 400, 403, 400);
        Add("POST", "/api/v1/municipalities/{foreignCity}/reports/2024", 401, 403, 403, 409);
        Add("POST", "/api/v1/municipalities/{ownCity}/reports/2016", 401, 409, 403, 409);

        // Submitting: the city (own draft here has content; the state checks come after the permission checks).
        Add("POST", "/api/v1/reports/{foreignDraft}/submit", 401, 404, 403, 0);
        Add("POST", "/api/v1/reports/{foreignApproved}/submit", 401, 403, 403, 409);
        Add("POST", "/api/v1/reports/{ownApproved}/submit", 401, 409, 403, 409);

        // Reviewing: analysts and administrators.
        Add("POST", "/api/v1/reports/{ownDraft}/approve", 401, 403, 409, 409);
        Add("POST", "/api/v1/reports/{foreignSubmitted}/approve", 401, 404, 0, 0);
        Add("POST", "/api/v1/reports/{ownDraft}/return", 401, 403, 409, 409);
        Add("POST", "/api/v1/reports/{foreignApproved}/return", 401, 403, 409, 409);

        // Reopening: administrators.
        Add("POST", "/api/v1/reports/{ownApproved}/reopen", 401, 403, 403, 0);
        Add("POST", "/api/v1/reports/{foreignDraft}/reopen", 401, 404, 403, 409);

        // The review thread: reviewers anywhere, press officers on their own city's reports.
        Add("POST", "/api/v1/reports/{foreignApproved}/comments", 401, 403, 200, 200);
        Add("POST", "/api/v1/reports/{foreignDraft}/comments", 401, 404, 200, 200);
        Add("POST", "/api/v1/reports/{ownDraft}/comments", 401, 200, 200, 200);
        return data;
    }

    /// <summary>One row per role; 0 = not in the matrix: a permitted step that would change the shared state (covered by the journey tests).</summary>
    private static void AddRow(TheoryData<string, string, string, int> data, string method, string route, int anonymous, int press, int analyst, int admin)
    {
        foreach (var (role, status) in new[] { ("anonymous", anonymous), ("press", press), ("analyst", analyst), ("admin", admin) })
        {
            if (status != 0)
            {
                data.Add(role, method, route, status);
            }
        }
    }

    public static TheoryData<string, string, string, int> AdminCases()
    {
        var data = new TheoryData<string, string, string, int>();
        var routes = new (string Method, string Route)[]
        {
            ("POST", "/api/v1/regions"), ("PUT", "/api/v1/regions/1"),
            ("POST", "/api/v1/municipalities"), ("PUT", "/api/v1/municipalities/1"),
            ("POST", "/api/v1/municipalities/1/archive"), ("POST", "/api/v1/municipalities/1/restore"),
            ("POST", "/api/v1/indicators"), ("PUT", "/api/v1/indicators/1"),
            ("POST", "/api/v1/indicators/1/deactivate"), ("POST", "/api/v1/indicators/1/activate"), ("POST", "/api/v1/indicators/1/publish"),
            ("POST", "/api/v1/reporting-years"), ("PUT", "/api/v1/reporting-years/2025"),
            ("POST", "/api/v1/reporting-years/2025/open"), ("POST", "/api/v1/reporting-years/2025/close"),
            ("GET", "/api/v1/users"), ("GET", "/api/v1/users/demo-analyst"), ("POST", "/api/v1/users"),
            ("PUT", "/api/v1/users/demo-analyst"), ("POST", "/api/v1/users/demo-analyst/reset-password"),
        };
        foreach (var (method, route) in routes)
        {
            data.Add("anonymous", method, route, 401);
            data.Add("press", method, route, 403);
            data.Add("analyst", method, route, 403);
        }

        foreach (var read in new[] { "/api/v1/regions", "/api/v1/municipalities", "/api/v1/municipalities/1", "/api/v1/indicators", "/api/v1/reporting-years" })
        {
            data.Add("anonymous", "GET", read, 401);
            data.Add("press", "GET", read, 200);
            data.Add("analyst", "GET", read, 200);
            data.Add("admin", "GET", read, 200);
        }

        return data;
    }

    /// <summary>Imports, analytics, completeness and the audit trail. Route tokens as in <see cref="ReportCases"/>.</summary>
    public static TheoryData<string, string, string, int> WorkspaceCases()
    {
        var data = new TheoryData<string, string, string, int>();
        void Add(string method, string route, int anonymous, int press, int analyst, int admin) =>
            AddRow(data, method, route, anonymous, press, analyst, admin);

        // Importing: the city's press officers and administrators, under the report's rules; analysts never.
        Add("POST", "/api/v1/imports/parse", 401, 200, 403, 200);
        Add("POST", "/api/v1/imports/split", 401, 200, 403, 200);
        Add("POST", "/api/v1/imports#{foreignCity}/2024", 401, 403, 403, 409);
        Add("POST", "/api/v1/imports#{foreignDraftCity}/2025", 401, 403, 403, 409);
        Add("POST", "/api/v1/imports#{ownCity}/2016", 401, 409, 403, 409);

        // Analysis works on what the caller may read (the filters are tested in the analytics tests).
        Add("GET", "/api/v1/analytics/compare?indicator=press_releases&municipalityId={ownCity}&municipalityId={foreignCity}&fromYear=2016&toYear=2025", 401, 200, 200, 200);
        Add("GET", "/api/v1/analytics/compare?format=csv&indicator=press_releases&municipalityId={ownCity}&fromYear=2016&toYear=2025", 401, 200, 200, 200);
        Add("GET", "/api/v1/analytics/ranking?indicator=press_releases&year=2024", 401, 200, 200, 200);
        Add("GET", "/api/v1/search?q=пресс-релиз", 401, 200, 200, 200);
        Add("GET", "/api/v1/exports/indicators.xlsx?year=2024", 401, 200, 200, 200);
        Add("GET", "/api/v1/exports/indicators.csv?year=2024", 401, 200, 200, 200);

        // Running the campaign: completeness for reviewers, the audit trail for administrators.
        Add("GET", "/api/v1/reporting-years/2025/completeness", 401, 403, 200, 200);
        Add("GET", "/api/v1/audit", 401, 403, 403, 200);
        return data;
    }

    [Theory]
    [MemberData(nameof(WorkspaceCases))]
    public async Task WorkspaceRoute_Role_GetsExpectedStatus(string role, string method, string route, int expected)
    {
        var targets = await TargetsAsync();
        var url = targets.Resolve(route);
        using var client = await ClientAsync(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Split('#')[0]);
        (int City, int Year)? importTarget = null;
        if (url.EndsWith("/imports/parse", StringComparison.Ordinal) || url.EndsWith("/imports/split", StringComparison.Ordinal))
        {
            request.Content = new StringContent("Пресс-служба подготовила 120 пресс-релизов и 40 фоторепортажей.", System.Text.Encoding.UTF8, "text/plain");
        }
        else if (url.Split('#') is [_, var target])
        {
            var parts = target.Split('/');
            importTarget = (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
            request.Content = JsonContent.Create(new
            {
                municipalityId = importTarget.Value.City,
                year = importTarget.Value.Year,
                achievements = new[] { new { direction = (string?)null, text = "Импорт из матрицы доступа." } },
            });
        }

        var before = importTarget is { } t ? await VersionOfAsync(t.City, t.Year) : null;

        var response = await client.SendAsync(request);

        Assert.True(expected == (int)response.StatusCode, $"{role} {method} {route} → {(int)response.StatusCode}, expected {expected}: {await response.Content.ReadAsStringAsync()}");
        if (importTarget is { } after)
        {
            // Every import here is refused: the report (or its absence) stays as it was.
            Assert.Equal(before, await VersionOfAsync(after.City, after.Year));
        }
    }

    private async Task<uint?> VersionOfAsync(int municipalityId, int year)
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var response = await admin.GetAsync($"/api/v1/municipalities/{municipalityId}/reports/{year}");
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : (await response.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!.Version;
    }

    [Theory]
    [MemberData(nameof(ReportCases))]
    public async Task ReportRoute_RoleAndOwnership_GetExpectedStatus(string role, string method, string route, int expected)
    {
        var targets = await TargetsAsync();
        var url = targets.Resolve(route);
        using var client = await ClientAsync(role);
        var before = await SnapshotAsync(targets, url);

        var response = await SendAsync(client, method, url, before?.Version);

        Assert.True(expected == (int)response.StatusCode, $"{role} {method} {route} → {(int)response.StatusCode}, expected {expected}: {await response.Content.ReadAsStringAsync()}");
        if (expected >= 400 && before is not null)
        {
            Assert.Equal(before, await SnapshotAsync(targets, url));
        }
    }

    [Theory]
    [MemberData(nameof(AdminCases))]
    public async Task AdminRoute_NonAdministrators_AreRefused(string role, string method, string route, int expected)
    {
        using var client = await ClientAsync(role);

        var response = await SendAsync(client, method, route, null);

        Assert.True(expected == (int)response.StatusCode, $"{role} {method} {route} → {(int)response.StatusCode}, expected {expected}");
    }

    private async Task<HttpClient> ClientAsync(string role) => role switch
    {
        "anonymous" => app.CreateClient(),
        "press" => await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk)),
        "analyst" => await app.CreateClientForAsync(DemoUsers.AnalystEmail),
        _ => await app.CreateClientForAsync(DemoUsers.AdminEmail),
    };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, uint? version)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
        {
            // Deliberately invalid content (an empty achievement): a permitted writer gets 400 and nothing changes.
            request.Content = JsonContent.Create(new
            {
                achievements = new[] { new { text = "" } },
                plannedTasks = Array.Empty<object>(),
                indicatorValues = Array.Empty<object>(),
                peerHighlights = Array.Empty<object>(),
                comment = url.EndsWith("/comments", StringComparison.Ordinal) ? "Комментарий из матрицы доступа." : "",
                name = "", regionId = 0, code = "", year = 0, email = "", password = "", role = "",
            });
            if (version is { } current)
            {
                request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{current}\""));
            }
        }

        return await client.SendAsync(request);
    }

    private async Task<(ReportStatus Status, uint Version)?> SnapshotAsync(Targets targets, string url)
    {
        if (targets.ReportIn(url) is not { } id)
        {
            return null;
        }

        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var report = await admin.GetFromJsonAsync<ReportDto>($"/api/v1/reports/{id}", JsonDefaults.Options);
        return (report!.Status, report.Version);
    }

    private Targets? _targets;

    private async Task<Targets> TargetsAsync()
    {
        if (_targets is not null)
        {
            return _targets;
        }

        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        async Task<ReportDto> ReportOf(int municipalityId, int year) =>
            (await admin.GetFromJsonAsync<ReportDto>($"/api/v1/municipalities/{municipalityId}/reports/{year}", JsonDefaults.Options))!;
        var cities = (await admin.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", JsonDefaults.Options))!;
        var own = cities.Single(c => c.Slug == DemoGeography.Blagoveshchensk);
        var foreign = cities.Single(c => c.Slug == DemoGeography.Khabarovsk);
        var drafts = (await admin.GetFromJsonAsync<Application.Common.PagedResult<ReportSummaryDto>>(
            "/api/v1/reports?year=2025&status=Draft&pageSize=500", JsonDefaults.Options))!.Items;
        var foreignDraft = drafts.First(r => r.MunicipalityId != own.Id);
        _targets = new Targets(
            own.Id,
            foreign.Id,
            foreignDraft.MunicipalityId,
            await ReportOf(own.Id, 2025),
            await ReportOf(own.Id, 2016),
            await ReportOf(foreignDraft.MunicipalityId, 2025),
            await ReportOf(foreign.Id, 2025),
            await ReportOf(foreign.Id, 2021));
        Assert.Equal(ReportStatus.Draft, _targets.OwnDraft.Status);
        Assert.Equal(ReportStatus.Submitted, _targets.ForeignSubmitted.Status);
        return _targets;
    }

    private sealed record Targets(
        int OwnCity,
        int ForeignCity,
        int ForeignDraftCity,
        ReportDto OwnDraft,
        ReportDto OwnApproved,
        ReportDto ForeignDraft,
        ReportDto ForeignSubmitted,
        ReportDto ForeignApproved)
    {
        private IEnumerable<(string Token, ReportDto Report)> Reports =>
        [
            ("{ownDraft}", OwnDraft), ("{ownApproved}", OwnApproved), ("{foreignDraft}", ForeignDraft),
            ("{foreignSubmitted}", ForeignSubmitted), ("{foreignApproved}", ForeignApproved),
        ];

        public string Resolve(string route)
        {
            var url = route
                .Replace("{ownCity}", OwnCity.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Replace("{foreignCity}", ForeignCity.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Replace("{foreignDraftCity}", ForeignDraftCity.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (token, report) in Reports)
            {
                url = url.Replace(token, report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return url;
        }

        public int? ReportIn(string url) =>
            Reports.Select(r => (int?)r.Report.Id).FirstOrDefault(id => url.StartsWith($"/api/v1/reports/{id}", StringComparison.Ordinal)
                && (url.Length == $"/api/v1/reports/{id}".Length || url[$"/api/v1/reports/{id}".Length] == '/'));
    }
}
