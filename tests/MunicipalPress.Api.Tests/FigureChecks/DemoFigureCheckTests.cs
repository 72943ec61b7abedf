using System.Net.Http.Json;
using MunicipalPress.Api.Tests.Api;
using MunicipalPress.Application.FigureChecks;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;
using Xunit.Abstractions;

namespace MunicipalPress.Api.Tests.FigureChecks;

/// <summary>How many demo reports have figures to check, read the way the analyst reads them (the completeness column).</summary>
public sealed class DemoFigureCheckTests(MunicipalPressAppFactory app, ITestOutputHelper output) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public async Task Completeness_EveryDemoYear_CountsFiguresToCheckPerReport()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var reports = 0;
        var flagged = 0;
        var flags = 0;
        for (var year = DemoReportGenerator.FirstYear; year <= DemoReportGenerator.LastYear; year++)
        {
            var completeness = (await analyst.GetFromJsonAsync<CompletenessDto>($"/api/v1/reporting-years/{year}/completeness", JsonDefaults.Options))!;
            var rows = completeness.Regions.SelectMany(r => r.Municipalities).Where(m => m.ReportId is not null).ToList();
            Assert.All(rows, r => Assert.NotNull(r.FiguresToCheck));
            reports += rows.Count;
            flagged += rows.Count(r => r.FiguresToCheck > 0);
            flags += rows.Sum(r => r.FiguresToCheck ?? 0);
            output.WriteLine($"{year}: {rows.Count(r => r.FiguresToCheck > 0)} of {rows.Count} reports with figures to check");
            foreach (var row in rows.Where(r => r.FiguresToCheck > 0))
            {
                var checks = (await analyst.GetFromJsonAsync<FigureChecksDto>($"/api/v1/reports/{row.ReportId}/checks", JsonDefaults.Options))!;
                Assert.Equal(row.FiguresToCheck, checks.Open.Count);
                output.WriteLine($"  {row.MunicipalityName}: {string.Join("; ", checks.Open.Select(f => $"{f.Kind} {f.Message} «{f.SourceText}»"))}");
            }
        }

        output.WriteLine($"demo data: {flagged} of {reports} reports raise flags ({flags} flags in all)");
        Assert.True(reports > 0);
    }
}
