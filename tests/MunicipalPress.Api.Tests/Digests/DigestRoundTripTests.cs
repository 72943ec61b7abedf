using System.Net;
using System.Net.Http.Json;
using System.Text;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Imports;
using MunicipalPress.Application.Reports;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Api.Tests.Digests;

/// <summary>
/// Issue 11 item 7: the digest the portal makes, fed back to the compilation importer (POST /imports/split), gives
/// every city back, in the digest's order, with the figures their reports hold.
/// </summary>
public sealed class DigestRoundTripTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public async Task DigestText_ThroughSplitImporter_GivesEveryCityBack_WithTheSameFigures()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var digest = await analyst.GetByteArrayAsync("/api/v1/reporting-years/2016/digest?format=docx");
        var approved = (await analyst.GetFromJsonAsync<PagedResult<ReportSummaryDto>>(
            "/api/v1/reports?year=2016&status=Approved&pageSize=500", Api.JsonDefaults.Options))!.Items;
        var expected = approved.OrderBy(r => r.RegionName, StringComparer.Ordinal).ThenBy(r => r.MunicipalityName, StringComparer.Ordinal).ToList();

        // What the importer reads of a Word file: its text, a paragraph a line.
        var response = await admin.PostAsync("/api/v1/imports/split", new StringContent(DigestDocuments.DocxPlainText(digest), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var split = (await response.Content.ReadFromJsonAsync<ImportSplitDto>(Api.JsonDefaults.Options))!;
        Assert.Equal(expected.Select(r => r.MunicipalityName), split.Reports.Select(r => r.Municipality));
        Assert.Equal(expected.Select(r => (int?)r.MunicipalityId), split.Reports.Select(r => r.MunicipalityId));
        Assert.All(split.Reports, r => Assert.Equal(2016, r.Year));
        Assert.All(split.Reports, r => Assert.NotEmpty(r.Achievements));

        var matched = 0;
        foreach (var (parsed, summary) in split.Reports.Zip(expected))
        {
            var stored = (await analyst.GetFromJsonAsync<ReportDto>($"/api/v1/reports/{summary.Id}", Api.JsonDefaults.Options))!
                .IndicatorValues.ToDictionary(v => v.IndicatorId, v => v.Value);
            foreach (var figure in parsed.Indicators.Where(f => f.IndicatorId is not null && f.Qualifier is null))
            {
                Assert.True(stored.TryGetValue(figure.IndicatorId!.Value, out var value), $"{parsed.Municipality}: {figure.Code} = {figure.Value} is not in the report");
                Assert.True(value == figure.Value, $"{parsed.Municipality}: {figure.Code} read back as {figure.Value}, the report holds {value}");
                matched++;
            }
        }

        var blagoveshchensk = split.Reports.Single(r => r.Municipality == "Благовещенск");
        Assert.Contains(blagoveshchensk.Indicators, f => f.Code == "press_releases" && f.Value == 2982m);
        Assert.True(matched >= split.Reports.Count, $"only {matched} figures read back for {split.Reports.Count} cities");
    }
}
