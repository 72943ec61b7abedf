using System.Net;
using System.Net.Http.Json;
using System.Text;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Digests;
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
    /// <summary>
    /// The .docx and the .pdf as files (the document readers), and the .docx's text as a text/plain body. The PDF
    /// reader keeps the question that opens every city's page (structure, not a running header) and reads the
    /// indicator tables back as tables, a wrapped first cell joined to its row.
    /// </summary>
    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    [InlineData("text")]
    public async Task Digest_ThroughSplitImporter_GivesEveryCityBack_WithTheSameFigures(string form)
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var format = form == "pdf" ? "pdf" : "docx";
        var digest = await analyst.GetByteArrayAsync($"/api/v1/reporting-years/2016/digest?format={format}");
        var approved = (await analyst.GetFromJsonAsync<PagedResult<ReportSummaryDto>>(
            "/api/v1/reports?year=2016&status=Approved&pageSize=500", Api.JsonDefaults.Options))!.Items;
        var expected = approved.OrderBy(r => r.RegionName, StringComparer.Ordinal).ThenBy(r => r.MunicipalityName, StringComparer.Ordinal).ToList();

        HttpContent body;
        if (form == "text")
        {
            // What Word's "save as text" gives: a paragraph a line.
            body = new StringContent(DigestDocuments.DocxPlainText(digest), Encoding.UTF8, "text/plain");
        }
        else
        {
            var file = new ByteArrayContent(digest);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(DigestFormats.ContentType(DigestFormats.Parse(format)));
            body = new MultipartFormDataContent { { file, "file", $"digest-2016.{format}" } };
        }

        var response = await admin.PostAsync("/api/v1/imports/split", body);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
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
