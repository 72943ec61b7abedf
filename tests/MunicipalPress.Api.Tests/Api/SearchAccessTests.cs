using System.Net.Http.Json;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Search;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>Search in one statement: what a press officer may read, the filters, and every page of a long result.</summary>
public sealed class SearchAccessTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public async Task Search_PressOfficer_FindsNoOtherCitysUnapprovedReport()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        var reports = (await analyst.GetFromJsonAsync<PagedResult<ReportSummaryDto>>("/api/v1/reports?year=2025&pageSize=500", JsonDefaults.Options))!.Items;
        var own = reports.Single(r => r.MunicipalityName == "Благовещенск");
        var hidden = reports.Where(r => r.Status != ReportStatus.Approved && r.Id != own.Id).Select(r => r.Id).ToHashSet();

        var asAnalyst = await AllPagesAsync(analyst, "сайт&year=2025");
        var asOfficer = await AllPagesAsync(officer, "сайт&year=2025");

        Assert.Contains(asAnalyst, h => hidden.Contains(h.ReportId));
        Assert.DoesNotContain(asOfficer, h => hidden.Contains(h.ReportId));
        Assert.Equal(asAnalyst.Count(h => !hidden.Contains(h.ReportId)), asOfficer.Count);
        Assert.All(asOfficer, h => Assert.Equal(2025, h.Year));
    }

    [Fact]
    public async Task Search_AllPages_EveryHitOnceAndTotalsAgree()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var hits = await AllPagesAsync(analyst, "сайт", pageSize: 7);
        var first = (await analyst.GetFromJsonAsync<PagedResult<SearchHitDto>>("/api/v1/search?q=сайт&pageSize=7", JsonDefaults.Options))!;
        var beyond = (await analyst.GetFromJsonAsync<PagedResult<SearchHitDto>>($"/api/v1/search?q=сайт&pageSize=7&page={(first.Total / 7) + 2}", JsonDefaults.Options))!;

        Assert.Equal(first.Total, hits.Count);
        Assert.Equal(hits.Count, hits.Select(h => (h.Kind, h.ReportId, h.Snippet)).Distinct().Count());
        Assert.Empty(beyond.Items);
        Assert.Equal(first.Total, beyond.Total);
        Assert.All(hits, h => Assert.False(string.IsNullOrWhiteSpace(h.Snippet)));
    }

    [Fact]
    public async Task Search_InOrder_BestMatchFirstByDefault_NewestFirstWhenAsked_AcrossPages()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var relevance = await AllPagesAsync(analyst, "сайт", pageSize: 9);
        var newest = await AllPagesAsync(analyst, "сайт&order=newest", pageSize: 9);

        // Best match first; equal matches on a page, the newer year first.
        for (var i = 1; i < relevance.Count; i++)
        {
            Assert.True(relevance[i - 1].Rank >= relevance[i].Rank, $"hit {i} ranks above the one before it");
            Assert.True(i % 9 == 0 || relevance[i - 1].Rank > relevance[i].Rank || relevance[i - 1].Year >= relevance[i].Year, $"hit {i}: an equal match of an older year first");
        }

        Assert.Equal(relevance.Count, newest.Count);
        Assert.Equal(newest.Select(h => h.Year).OrderDescending(), newest.Select(h => h.Year));
        Assert.Equal(newest.Count, newest.Select(h => (h.Kind, h.ReportId, h.Snippet)).Distinct().Count());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await analyst.GetAsync("/api/v1/search?q=сайт&order=oldest")).StatusCode);
    }

    private static async Task<List<SearchHitDto>> AllPagesAsync(HttpClient client, string query, int pageSize = 100)
    {
        var hits = new List<SearchHitDto>();
        for (var page = 1; ; page++)
        {
            var result = (await client.GetFromJsonAsync<PagedResult<SearchHitDto>>($"/api/v1/search?q={query}&pageSize={pageSize}&page={page}", JsonDefaults.Options))!;
            hits.AddRange(result.Items);
            if (result.Items.Count < pageSize)
            {
                return hits;
            }
        }
    }
}
