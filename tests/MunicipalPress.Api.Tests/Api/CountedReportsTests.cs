using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Analytics;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Exports;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>
/// One rule for which reports count (AnalyticsFacts): approved reports by default on every surface, and reports
/// sent but not yet reviewed only when the reader asks. Each case takes a figure from a submitted report and checks
/// that compare, ranking, the profile, the indicator series and the export leave it out by default and show it when asked.
/// </summary>
public sealed class CountedReportsTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private static readonly Actor Analyst = new(DemoDataSeeder.AnalystUserId, "Аналитик", Roles.Analyst, null);

    [Fact]
    public async Task SubmittedFigure_CountsOnlyWhenAsked_InEveryService()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (municipalityId, municipality, year, indicatorId, code, value) = await SubmittedFigureAsync(scope);
        var analytics = scope.ServiceProvider.GetRequiredService<AnalyticsService>();

        foreach (var (counted, expected) in new[] { (CountedReports.Approved, (decimal?)null), (CountedReports.ApprovedAndSubmitted, value) })
        {
            var compare = await analytics.CompareAsync(Analyst, new CompareQuery([code], [municipalityId], null, year, year, false, counted));
            Assert.Equal(counted, compare.Counted);
            Assert.Equal(expected, compare.Indicators.Single().Series.Single().Points.Single().Value);

            var ranking = await analytics.RankingAsync(Analyst, code, year, false, counted);
            Assert.Equal(counted, ranking!.Counted);
            Assert.Equal(expected, ranking.Rows.SingleOrDefault(r => r.MunicipalityId == municipalityId)?.Value);

            var dashboard = await scope.ServiceProvider.GetRequiredService<MunicipalityProfileService>()
                .GetIndicatorDashboardAsync(Analyst, municipalityId, counted);
            Assert.Equal(expected, dashboard.SingleOrDefault(s => s.IndicatorId == indicatorId)?.Points.Single(p => p.Year == year).Value);

            var series = await scope.ServiceProvider.GetRequiredService<ReportService>()
                .GetIndicatorSeriesAsync(Analyst, municipalityId, indicatorId, counted);
            Assert.Equal(expected, series.Single(p => p.Year == year).Value);

            var table = await scope.ServiceProvider.GetRequiredService<ExportService>().IndicatorTableAsync(Analyst, year, "ru", counted);
            Assert.Equal(expected is not null, table.Rows.Any(r => Equals(r[1], municipality)));
        }
    }

    [Fact]
    public async Task Api_DefaultsToApproved_AndSaysSo_IncludeSubmittedAddsSentReports()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (municipalityId, _, year, _, code, value) = await SubmittedFigureAsync(scope);
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var url = $"/api/v1/analytics/compare?indicator={code}&municipalityId={municipalityId}&fromYear={year}&toYear={year}";

        var approvedOnly = await analyst.GetFromJsonAsync<CompareResultDto>(url, JsonDefaults.Options);
        var withSubmitted = await analyst.GetFromJsonAsync<CompareResultDto>(url + "&includeSubmitted=true", JsonDefaults.Options);
        var ranking = await analyst.GetFromJsonAsync<RankingDto>($"/api/v1/analytics/ranking?indicator={code}&year={year}&includeSubmitted=true", JsonDefaults.Options);
        var rankingDefault = await analyst.GetFromJsonAsync<RankingDto>($"/api/v1/analytics/ranking?indicator={code}&year={year}", JsonDefaults.Options);

        Assert.Equal(CountedReports.Approved, approvedOnly!.Counted);
        Assert.Null(approvedOnly.Indicators.Single().Series.Single().Points.Single().Value);
        Assert.Equal(CountedReports.ApprovedAndSubmitted, withSubmitted!.Counted);
        Assert.Equal(value, withSubmitted.Indicators.Single().Series.Single().Points.Single().Value);
        Assert.Contains(ranking!.Rows, r => r.MunicipalityId == municipalityId && r.Value == value);
        Assert.DoesNotContain(rankingDefault!.Rows, r => r.MunicipalityId == municipalityId);
        var csv = await analyst.GetStringAsync($"/api/v1/exports/indicators.csv?year={year}");
        var csvWithSubmitted = await analyst.GetStringAsync($"/api/v1/exports/indicators.csv?year={year}&includeSubmitted=true");
        Assert.True(csvWithSubmitted.Split('\n').Length > csv.Split('\n').Length);
    }

    // A figure of a report that was sent and not yet reviewed: the open year has several.
    private static async Task<(int MunicipalityId, string Municipality, int Year, int IndicatorId, string Code, decimal Value)> SubmittedFigureAsync(AsyncServiceScope scope)
    {
        await using var db = await scope.ServiceProvider.GetRequiredService<IMunicipalPressDbFactory>().CreateAsync();
        var figure = await (
                from r in db.AnnualReports
                where r.Status == ReportStatus.Submitted
                from v in r.IndicatorValues
                join i in db.Indicators on v.IndicatorId equals i.Id
                join m in db.Municipalities on r.MunicipalityId equals m.Id
                orderby r.Id, i.SortOrder
                select new { r.MunicipalityId, m.Name, r.Year, v.IndicatorId, i.Code, v.Value })
            .FirstAsync();
        return (figure.MunicipalityId, figure.Name, figure.Year, figure.IndicatorId, figure.Code, figure.Value);
    }
}
