using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using MunicipalPress.Application.Analytics;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Regions;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Search;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>The analyst's questions: who has not reported, how do cities compare, who wrote about what — and the exports.</summary>
public sealed class AnalyticsApiTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public async Task Search_RussianMorphology_FindsInflectedForms_WithHighlightedSnippet()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var result = await analyst.GetFromJsonAsync<PagedResult<SearchHitDto>>(
            "/api/v1/search?q=" + Uri.EscapeDataString("фоторепортаж") + "&year=2016", JsonDefaults.Options);

        var hit = Assert.Single(result!.Items, h => h.MunicipalityName == "Благовещенск");
        Assert.Contains("<mark>фоторепортажей</mark>", hit.Snippet);
        Assert.All(result.Items, h => Assert.Equal(2016, h.Year));
    }

    [Fact]
    public async Task Search_IncidentManagement_FindsKhabarovsk()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var result = await analyst.GetFromJsonAsync<PagedResult<SearchHitDto>>(
            "/api/v1/search?q=" + Uri.EscapeDataString("инцидент-менеджмент"), JsonDefaults.Options);

        Assert.Contains(result!.Items, h => h.MunicipalityName == "Хабаровск" && h.Year == 2021);
    }

    [Fact]
    public async Task Search_UkrainianText_IsFindable_AndRegionFilterNarrows()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var regions = await analyst.GetFromJsonAsync<List<RegionDto>>("/api/v1/regions", JsonDefaults.Options);
        var odesa = regions!.Single(r => r.Name == "Одесская область");
        var amur = regions!.Single(r => r.Name == "Амурская область");

        var inOdesa = await analyst.GetFromJsonAsync<PagedResult<SearchHitDto>>($"/api/v1/search?q=петицій&regionId={odesa.Id}", JsonDefaults.Options);
        var inAmur = await analyst.GetFromJsonAsync<PagedResult<SearchHitDto>>($"/api/v1/search?q=петицій&regionId={amur.Id}", JsonDefaults.Options);

        Assert.Contains(inOdesa!.Items, h => h.MunicipalityName == "Теплодар" && h.Snippet.Contains("<mark>"));
        Assert.Empty(inAmur!.Items);
    }

    [Theory]
    [InlineData("'); DROP TABLE achievements; --")]
    [InlineData("<script>alert(1)</script> сайт")]
    [InlineData("\"unterminated OR -")]
    [InlineData("&&&|||!!!(((")]
    public async Task Search_HostileInput_IsJustText(string q)
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var response = await analyst.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<PagedResult<SearchHitDto>>(JsonDefaults.Options);
        Assert.All(result!.Items, h => Assert.DoesNotContain("<script>", h.Snippet));
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/v1/search?q=сайт")).StatusCode);
    }

    [Fact]
    public async Task Search_Pages_AreDisjointAndTotalIsStable()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var first = await analyst.GetFromJsonAsync<PagedResult<SearchHitDto>>("/api/v1/search?q=сайт&pageSize=5&page=1", JsonDefaults.Options);
        var second = await analyst.GetFromJsonAsync<PagedResult<SearchHitDto>>("/api/v1/search?q=сайт&pageSize=5&page=2", JsonDefaults.Options);

        Assert.Equal(5, first!.Items.Count);
        Assert.Equal(first.Total, second!.Total);
        Assert.True(first.Total > 10);
        Assert.True(first.Items[^1].Rank >= second.Items[0].Rank);
    }

    [Fact]
    public async Task Compare_PerCapita_BlagoveshchenskAndKhabarovsk_MissingStaysMissing()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var cities = await analyst.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", JsonDefaults.Options);
        var blag = cities!.Single(c => c.Slug == DemoGeography.Blagoveshchensk);
        var khab = cities!.Single(c => c.Slug == DemoGeography.Khabarovsk);

        var result = await analyst.GetFromJsonAsync<CompareResultDto>(
            $"/api/v1/analytics/compare?indicator=press_releases&indicator=social_subscribers&municipalityId={blag.Id}&municipalityId={khab.Id}&fromYear=2016&toYear=2021&perCapita=true",
            JsonDefaults.Options);

        Assert.Equal([2016, 2017, 2018, 2019, 2020, 2021], result!.Years);
        var pressReleases = result.Indicators.Single(i => i.Code == "press_releases");
        var blagSeries = pressReleases.Series.Single(s => s.MunicipalityId == blag.Id);
        Assert.Equal(Math.Round(2982m / blag.Population!.Value * 10_000m, 2), blagSeries.Points[0].Value);
        Assert.Null(blagSeries.Points[0].ChangePercent);
        var subscribers = result.Indicators.Single(i => i.Code == "social_subscribers").Series.Single(s => s.MunicipalityId == khab.Id);
        Assert.Equal(Math.Round(146531m / khab.Population!.Value * 10_000m, 2), subscribers.Points.Single(p => p.Year == 2021).Value);
        Assert.Contains(result.Indicators.SelectMany(i => i.Series).SelectMany(s => s.Points), p => p.Value is null);
        Assert.DoesNotContain(result.Indicators.SelectMany(i => i.Series).SelectMany(s => s.Points), p => p.Value == 0m);
    }

    [Fact]
    public async Task Compare_BadInput_Returns400WithFieldErrors()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var noIndicator = await analyst.GetAsync("/api/v1/analytics/compare?municipalityId=1");
        var unknown = await analyst.GetAsync("/api/v1/analytics/compare?indicator=nope&municipalityId=1");
        var backwards = await analyst.GetAsync("/api/v1/analytics/compare?indicator=press_releases&municipalityId=1&fromYear=2020&toYear=2016");

        Assert.Equal(HttpStatusCode.BadRequest, noIndicator.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }

    [Fact]
    public async Task Ranking_OrdersCities_WithRegionMedianAndChange()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var ranking = await analyst.GetFromJsonAsync<RankingDto>("/api/v1/analytics/ranking?indicator=press_releases&year=2017", JsonDefaults.Options);

        Assert.True(ranking!.Rows.Count > 20);
        Assert.Equal(1, ranking.Rows[0].Rank);
        Assert.True(ranking.Rows.Zip(ranking.Rows.Skip(1)).All(p => p.First.Value >= p.Second.Value));
        foreach (var row in ranking.Rows.Where(r => r.PreviousValue is > 0))
        {
            Assert.Equal(Math.Round((row.Value - row.PreviousValue!.Value) / row.PreviousValue.Value * 100m, 1), row.ChangePercent);
        }

        foreach (var region in ranking.Rows.GroupBy(r => r.RegionId))
        {
            var sorted = region.Select(r => r.Value).Order().ToList();
            var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
            Assert.All(region, r => Assert.Equal(median, r.RegionMedian));
        }

        var y2016 = await analyst.GetFromJsonAsync<RankingDto>("/api/v1/analytics/ranking?indicator=press_releases&year=2016", JsonDefaults.Options);
        Assert.Contains(y2016!.Rows, r => r.MunicipalityName == "Благовещенск" && r.Value == 2982m);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/api/v1/analytics/ranking?indicator=nope&year=2017")).StatusCode);
    }

    [Fact]
    public async Task Completeness_2025_CountsEveryActiveCity_AndIsForReviewersOnly()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Seversk));
        var cities = await analyst.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", JsonDefaults.Options);

        var completeness = await analyst.GetFromJsonAsync<CompletenessDto>("/api/v1/reporting-years/2025/completeness", JsonDefaults.Options);

        Assert.Equal(cities!.Count, completeness!.Counts.Values.Sum());
        Assert.Equal(cities.Count, completeness.Regions.Sum(r => r.Municipalities.Count));
        var tomsk = completeness.Regions.SelectMany(r => r.Municipalities).Single(m => m.MunicipalityName == "Томск");
        Assert.Equal(CompletenessCategory.NotStarted, tomsk.Category);
        // The open campaign's deadline lies ahead (seeded from today): in time, none late yet.
        Assert.True(completeness.Counts[CompletenessCategory.SubmittedOnTime] > 0);
        Assert.Equal(0, completeness.Counts[CompletenessCategory.SubmittedLate]);
        Assert.True(completeness.Deadline > DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/reporting-years/2025/completeness")).StatusCode);
    }

    [Fact]
    public async Task Completeness_ApprovedLateReports_StillCountAsLate()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var completeness = await analyst.GetFromJsonAsync<CompletenessDto>("/api/v1/reporting-years/2024/completeness", JsonDefaults.Options);

        var rows = completeness!.Regions.SelectMany(r => r.Municipalities).ToList();
        var approvedLate = rows.Count(m => m.IsLate && m.Category == CompletenessCategory.Approved);
        Assert.True(approvedLate > 0, "the demo's 2024 has reports approved after a late submission");
        Assert.Equal(rows.Count(m => m.IsLate), completeness.Late);
        Assert.True(completeness.Late >= approvedLate + completeness.Counts[CompletenessCategory.SubmittedLate]);
    }

    [Fact]
    public async Task IndicatorExport_Xlsx_IsARealSpreadsheet()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var response = await analyst.GetAsync("/api/v1/exports/indicators.xlsx?year=2016");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")?.Open() ?? throw new InvalidOperationException("no sheet"));
        var sheet = await reader.ReadToEndAsync();
        Assert.Contains("state=\"frozen\"", sheet);
        Assert.Contains("Благовещенск", sheet);
        Assert.Contains("<x:v>2982</x:v>", sheet.Replace("<v>", "<x:v>").Replace("</v>", "</x:v>"));
        Assert.Contains("t=\"n\"", sheet);
    }

    [Fact]
    public async Task CompareExport_Csv_HasBom_AndNeutralisesFormulas()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var region = (await admin.GetFromJsonAsync<List<RegionDto>>("/api/v1/regions", JsonDefaults.Options))!.First();
        var created = await admin.PostAsJsonAsync("/api/v1/municipalities", new { name = "=HYPERLINK(\"http://evil\")", regionId = region.Id, kind = "City", population = 1000 });
        var evil = (await created.Content.ReadFromJsonAsync<MunicipalityDto>(JsonDefaults.Options))!;
        var blag = (await admin.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", JsonDefaults.Options))!.Single(c => c.Slug == DemoGeography.Blagoveshchensk);

        var response = await admin.GetAsync($"/api/v1/analytics/compare?indicator=press_releases&municipalityId={blag.Id}&municipalityId={evil.Id}&fromYear=2016&toYear=2017&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", text);
        Assert.Contains(",2982,", text);
    }
}
