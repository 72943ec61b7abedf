using System.Net;
using System.Net.Http.Json;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Regions;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Api;

public sealed class ReadApiTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Theory]
    [InlineData("/api/v1/regions")]
    [InlineData("/api/v1/municipalities")]
    [InlineData("/api/v1/municipalities/1")]
    [InlineData("/api/v1/indicators")]
    [InlineData("/api/v1/reporting-years")]
    [InlineData("/api/v1/reports")]
    [InlineData("/api/v1/reports/1")]
    [InlineData("/api/v1/municipalities/1/reports/2016")]
    [InlineData("/openapi/v1.json")]
    public async Task Get_Anonymous_Returns401(string url)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_Anonymous_ReportsHealthyDatabase()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPage_Returns404Page_AndUnknownApiRoute_Returns404ProblemDetails()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var page = await client.GetAsync("/no-such-page");
        var api = await (await app.CreateClientForAsync(DemoUsers.AnalystEmail)).GetAsync("/api/v1/no-such-route");

        // The page's text is checked in the browser tests: TestServer returns re-executed responses without a body.
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Register_IsNotExposed()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "x@y.z", password = "Long-Password-123" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoUsers.AnalystEmail, password = "wrong-password-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Regions_ListsSeedRegions()
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var regions = await client.GetFromJsonAsync<List<RegionDto>>("/api/v1/regions", JsonDefaults.Options);

        Assert.Contains(regions!, r => r.Name == "Амурская область" && r.CountryCode == "RU" && r.MunicipalityCount >= 1);
        Assert.Contains(regions!, r => r.Name == "Одесская область" && r.CountryCode == "UA");
    }

    [Fact]
    public async Task Municipalities_SearchAndRegionFilter_Narrow()
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var all = await client.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", JsonDefaults.Options);

        var found = await client.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities?search=благов", JsonDefaults.Options);
        var amur = found!.Single();
        var inRegion = await client.GetFromJsonAsync<List<MunicipalityDto>>($"/api/v1/municipalities?regionId={amur.RegionId}", JsonDefaults.Options);

        Assert.True(all!.Count >= 30, $"expected the 5 seed cities and ~25 more, got {all.Count}");
        Assert.Equal("Благовещенск", amur.Name);
        Assert.All(inRegion!, m => Assert.Equal(amur.RegionId, m.RegionId));
        Assert.Contains(inRegion!, m => m.Id == amur.Id);
    }

    [Fact]
    public async Task Municipalities_HostileSearch_IsJustText()
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var response = await client.GetAsync("/api/v1/municipalities?search=%25'%3B%20DROP%20TABLE%20municipalities%3B--_");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<List<MunicipalityDto>>(JsonDefaults.Options))!);
    }

    [Fact]
    public async Task Indicators_CatalogueHasStableCodes()
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var indicators = await client.GetFromJsonAsync<List<IndicatorDto>>("/api/v1/indicators", JsonDefaults.Options);

        Assert.True(indicators!.Count >= 15);
        foreach (var code in new[] { "press_releases", "photo_reports", "social_subscribers", "field_events", "info_requests" })
        {
            Assert.Contains(indicators, i => i.Code == code);
        }
    }

    [Fact]
    public async Task ReportingYears_2016To2025_LatestOpen()
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var years = (await client.GetFromJsonAsync<List<ReportingYearDto>>("/api/v1/reporting-years", JsonDefaults.Options))!;

        Assert.Equal(Enumerable.Range(2016, 10).Reverse(), years.Select(y => y.Year));
        Assert.Equal(ReportingYearState.Open, years[0].State);
        Assert.All(years.Skip(1), y => Assert.Equal(ReportingYearState.Closed, y.State));
    }

    [Fact]
    public async Task Report_Blagoveshchensk2016_HasSeedFiguresAndETag()
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var city = await FindCityAsync(client, "Благовещенск");

        var byYear = await client.GetAsync($"/api/v1/municipalities/{city.Id}/reports/2016");
        var report = await byYear.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options);
        var byId = await client.GetAsync($"/api/v1/reports/{report!.Id}");
        var indicators = await client.GetFromJsonAsync<List<IndicatorDto>>("/api/v1/indicators", JsonDefaults.Options);

        Assert.Equal(HttpStatusCode.OK, byYear.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.NotNull(byId.Headers.ETag);
        Assert.Equal(byYear.Headers.ETag, byId.Headers.ETag);
        Assert.Equal(ReportStatus.Approved, report.Status);
        Assert.NotEmpty(report.Achievements);
        Assert.NotEmpty(report.PlannedTasks);
        var values = report.IndicatorValues.ToDictionary(v => v.Code, v => v.Value);
        Assert.Equal(2982m, values["press_releases"]);
        Assert.Equal(360m, values["photo_reports"]);
        Assert.Equal(170m, values["field_events"]);
        Assert.Equal(87m, values["press_approaches"]);
        Assert.Equal(2281m, values["active_citizens"]);
        Assert.All(report.IndicatorValues, v => Assert.Contains(indicators!, i => i.Id == v.IndicatorId && i.Code == v.Code));
    }

    [Fact]
    public async Task Report_IfNoneMatchCurrentETag_Returns304()
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var list = await client.GetFromJsonAsync<PagedResult<ReportSummaryDto>>("/api/v1/reports?year=2021", JsonDefaults.Options);
        var first = await client.GetAsync($"/api/v1/reports/{list!.Items[0].Id}");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/{list.Items[0].Id}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Reports_FilterByYearMunicipalityAndStatus()
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var city = await FindCityAsync(client, "Хабаровск");

        var byCity = await client.GetFromJsonAsync<PagedResult<ReportSummaryDto>>($"/api/v1/reports?municipalityId={city.Id}", JsonDefaults.Options);
        var approved2021 = await client.GetFromJsonAsync<PagedResult<ReportSummaryDto>>("/api/v1/reports?year=2021&status=Approved", JsonDefaults.Options);
        var paged = await client.GetFromJsonAsync<PagedResult<ReportSummaryDto>>("/api/v1/reports?pageSize=5&page=2", JsonDefaults.Options);

        Assert.All(byCity!.Items, r => Assert.Equal(city.Id, r.MunicipalityId));
        Assert.Contains(byCity.Items, r => r.Year == 2021);
        Assert.All(approved2021!.Items, r => Assert.True(r.Year == 2021 && r.Status == ReportStatus.Approved));
        Assert.Contains(approved2021.Items, r => r.MunicipalityName == "Хабаровск");
        Assert.Equal(5, paged!.Items.Count);
        Assert.Equal(2, paged.Page);
        Assert.True(paged.Total > 100);
    }

    [Theory]
    [InlineData("/api/v1/reports?status=Bogus")]
    [InlineData("/api/v1/reports?year=abc")]
    [InlineData("/api/v1/municipalities?regionId=x")]
    public async Task BadQuery_Returns400ProblemDetails(string url)
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/reports/999999")]
    [InlineData("/api/v1/municipalities/999999")]
    [InlineData("/api/v1/municipalities/1/reports/1990")]
    public async Task Missing_Returns404(string url)
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PressOfficer_SeesOwnDraftButNotOtherCitiesDrafts()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        var own = await FindCityAsync(analyst, "Благовещенск");
        var all2025 = await analyst.GetFromJsonAsync<PagedResult<ReportSummaryDto>>("/api/v1/reports?year=2025&pageSize=500", JsonDefaults.Options);
        var foreignDraft = all2025!.Items.First(r => r.Status != ReportStatus.Approved && r.MunicipalityId != own.Id);

        var visible = await officer.GetFromJsonAsync<PagedResult<ReportSummaryDto>>("/api/v1/reports?year=2025&pageSize=500", JsonDefaults.Options);
        var direct = await officer.GetAsync($"/api/v1/reports/{foreignDraft.Id}");
        var byYear = await officer.GetAsync($"/api/v1/municipalities/{foreignDraft.MunicipalityId}/reports/2025");
        var details = await officer.GetFromJsonAsync<MunicipalityDetailsDto>($"/api/v1/municipalities/{foreignDraft.MunicipalityId}", JsonDefaults.Options);

        Assert.All(visible!.Items, r => Assert.True(r.MunicipalityId == own.Id || r.Status == ReportStatus.Approved));
        Assert.Contains(visible.Items, r => r.MunicipalityId == own.Id);
        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byYear.StatusCode);
        Assert.Null(details!.Years.Single(y => y.Year == 2025).ReportId);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheReadRoutes()
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var document = await client.GetStringAsync("/openapi/v1.json");

        foreach (var route in new[]
                 {
                     "/api/v1/regions", "/api/v1/municipalities", "/api/v1/municipalities/{id}", "/api/v1/indicators",
                     "/api/v1/reporting-years", "/api/v1/reports", "/api/v1/reports/{id}",
                     "/api/v1/municipalities/{id}/reports/{year}", "/api/v1/auth/login",
                 })
        {
            Assert.Contains($"\"{route}\"", document);
        }
    }

    private static async Task<MunicipalityDto> FindCityAsync(HttpClient client, string name)
    {
        var found = await client.GetFromJsonAsync<List<MunicipalityDto>>(
            $"/api/v1/municipalities?search={Uri.EscapeDataString(name)}", JsonDefaults.Options);
        return found!.Single(m => m.Name == name);
    }
}
