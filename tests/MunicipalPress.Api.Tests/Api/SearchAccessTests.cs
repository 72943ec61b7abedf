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
