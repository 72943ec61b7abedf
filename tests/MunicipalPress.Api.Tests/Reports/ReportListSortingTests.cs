using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Api.Tests.Reports;

/// <summary>
/// The report list's paging and sorting happen in the query (the /reports grid asks for one page, sorted by a
/// column): called as the page calls it, through the service.
/// </summary>
public sealed class ReportListSortingTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private const int Year = 2021;
    private static readonly Actor Analyst = new(DemoDataSeeder.AnalystUserId, "Аналитик", Roles.Analyst, null);

    [Fact]
    public async Task NoSort_NewestYearFirst_ThenCities()
    {
        var reports = await ListAsync(new ReportQuery(PageSize: ReportQuery.MaxPageSize));

        Assert.Equal(reports.Items.Select(r => r.Year).OrderDescending(), reports.Items.Select(r => r.Year));
        Assert.Equal(DemoDataSeeder.LastYear, reports.Items[0].Year);
    }

    [Fact]
    public async Task SortByYear_Ascending_OldestFirst_DescendingNewestFirst()
    {
        var ascending = await ListAsync(new ReportQuery(PageSize: ReportQuery.MaxPageSize, Sort: ReportSort.Year));
        var descending = await ListAsync(new ReportQuery(PageSize: ReportQuery.MaxPageSize, Sort: ReportSort.Year, Descending: true));

        Assert.Equal(DemoDataSeeder.FirstYear, ascending.Items[0].Year);
        Assert.Equal(ascending.Items.Select(r => r.Year).Order(), ascending.Items.Select(r => r.Year));
        Assert.Equal(DemoDataSeeder.LastYear, descending.Items[0].Year);
        Assert.Equal(descending.Items.Select(r => r.Year).OrderDescending(), descending.Items.Select(r => r.Year));
    }

    [Fact]
    public async Task SortByMunicipality_DescendingIsTheReverse_AndPagesFollowTheOrder()
    {
        var all = await ListAsync(new ReportQuery(Year, PageSize: ReportQuery.MaxPageSize, Sort: ReportSort.Municipality));
        var reversed = await ListAsync(new ReportQuery(Year, PageSize: ReportQuery.MaxPageSize, Sort: ReportSort.Municipality, Descending: true));
        var second = await ListAsync(new ReportQuery(Year, Page: 2, PageSize: 10, Sort: ReportSort.Municipality));

        Assert.True(all.Total > 20);
        // One report per city in a year: no ties, so descending is exactly the ascending list backwards.
        Assert.Equal(all.Items.Select(r => r.Id).Reverse(), reversed.Items.Select(r => r.Id));
        Assert.NotEqual(all.Items.Select(r => r.Id), reversed.Items.Select(r => r.Id));
        Assert.Equal(all.Items.Skip(10).Take(10).Select(r => r.Id), second.Items.Select(r => r.Id));
        Assert.Equal(all.Total, second.Total);
    }

    [Fact]
    public async Task SortByStatus_FollowsTheWorkflow_NotTheAlphabet()
    {
        var all = await ListAsync(new ReportQuery(PageSize: ReportQuery.MaxPageSize, Sort: ReportSort.Status));
        var reversed = await ListAsync(new ReportQuery(PageSize: ReportQuery.MaxPageSize, Sort: ReportSort.Status, Descending: true));

        // Draft, Submitted, Returned, Approved: the enum's order, where "Approved" would come first alphabetically.
        Assert.Equal(all.Items.Select(r => r.Status).Order(), all.Items.Select(r => r.Status));
        Assert.Equal(reversed.Items.Select(r => r.Status).OrderDescending(), reversed.Items.Select(r => r.Status));
        Assert.True(all.Items.Select(r => r.Status).Distinct().Count() > 1);
        Assert.NotEqual(ReportStatus.Approved, all.Items[0].Status);
    }

    [Fact]
    public async Task SortByUpdated_FilterStillApplies()
    {
        var page = await ListAsync(new ReportQuery(Year, Status: ReportStatus.Approved, PageSize: 30, Sort: ReportSort.UpdatedAt, Descending: true));

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, r => Assert.True(r.Year == Year && r.Status == ReportStatus.Approved));
        Assert.Equal(page.Items.Select(r => r.UpdatedAt).OrderDescending(), page.Items.Select(r => r.UpdatedAt));
    }

    private async Task<Application.Common.PagedResult<ReportSummaryDto>> ListAsync(ReportQuery query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportService>().ListAsync(Analyst, query);
    }
}
