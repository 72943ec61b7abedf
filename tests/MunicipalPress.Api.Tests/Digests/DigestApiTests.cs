using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MunicipalPress.Application.Digests;
using MunicipalPress.Application.Regions;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Api.Tests.Digests;

/// <summary>
/// The annual digest (GET /reporting-years/{year}/digest) and one report's document (GET /reports/{id}/document):
/// they open in the programs that read them, hold the seed cities' own figures, and follow who may see what.
/// </summary>
public sealed class DigestApiTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private const string Question2016 = "Что наиболее значительное удалось сделать в области информационной политики в 2016 году";

    [Fact]
    public async Task Digest_Docx2016_OpensWithOpenXml_WithBlagoveshchensk2982PressReleases()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var response = await analyst.GetAsync("/api/v1/reporting-years/2016/digest?format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DigestFormats.DocxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("digest-2016.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var paragraphs = DigestDocuments.DocxParagraphs(bytes);
        var city = paragraphs.IndexOf("БЛАГОВЕЩЕНСК");
        Assert.True(city > 0, "the city heading is there, in capitals");
        Assert.Equal(Question2016, paragraphs[city + 1]);
        Assert.Contains("Какие задачи стоят в 2017 году", paragraphs.Skip(city));
        Assert.Contains(paragraphs, p => p.Contains("2982 пресс-релиза", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("Информационная политика городов", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("Основные показатели на 10 000 жителей", StringComparison.Ordinal));
        var rows = DigestDocuments.DocxTableRows(bytes);
        Assert.Contains(rows, r => r[0] == "Пресс-релизы, шт." && r[1] == "2982");
        Assert.Contains(rows, r => r[0] == "Благовещенск" && r.Contains("2982"));
        Assert.Contains(rows, r => r[0] == "Благовещенск" && r.Contains("132,53"));
    }

    [Fact]
    public async Task Digest_Pdf2016_OpensWithPdfPig_CyrillicTextHasTheFigures()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var response = await analyst.GetAsync("/api/v1/reporting-years/2016/digest?format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DigestFormats.PdfContentType, response.Content.Headers.ContentType?.MediaType);
        var (text, bookmarks) = DigestDocuments.PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("БЛАГОВЕЩЕНСК", text);
        Assert.Contains("2982 пресс-релиза", text);
        Assert.Contains("Пресс-релизы, шт. 2982", text);
        Assert.Contains("Содержание", text);
        Assert.Contains("Благовещенск", bookmarks);
        Assert.Contains("Северск", bookmarks);
    }

    [Fact]
    public async Task Digest_ApprovedOnlyByDefault_IncludeSubmittedAddsThemMarked_DraftsNever()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var open = await OpenYearAsync(analyst);

        var approvedOnly = DigestDocuments.DocxParagraphs(await analyst.GetByteArrayAsync($"/api/v1/reporting-years/{open}/digest?format=docx"));
        var withSubmitted = DigestDocuments.DocxParagraphs(await analyst.GetByteArrayAsync($"/api/v1/reporting-years/{open}/digest?format=docx&includeSubmitted=true"));

        // Хабаровск's open-year report is submitted, Благовещенск's a draft (demo data).
        Assert.DoesNotContain("ХАБАРОВСК", approvedOnly);
        Assert.DoesNotContain(approvedOnly, p => p.Contains("подан, не утверждён", StringComparison.Ordinal));
        var khabarovsk = withSubmitted.IndexOf("ХАБАРОВСК");
        Assert.True(khabarovsk > 0);
        Assert.Contains(withSubmitted.Skip(khabarovsk), p => p.StartsWith($"Показатели за {open} год — подан, не утверждён", StringComparison.Ordinal));
        Assert.Contains(withSubmitted, p => p.StartsWith("Хабаровск (Хабаровский край) — подан, не утверждён", StringComparison.Ordinal));
        Assert.True(withSubmitted.Count(p => p == p.ToUpperInvariant() && p.Length > 3) > approvedOnly.Count(p => p == p.ToUpperInvariant() && p.Length > 3));
        Assert.DoesNotContain("БЛАГОВЕЩЕНСК", withSubmitted);
    }

    [Fact]
    public async Task Digest_RegionId_KeepsThatRegionsCities_AndNamesItOnTheTitlePage()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var regions = (await analyst.GetFromJsonAsync<List<RegionDto>>("/api/v1/regions", Api.JsonDefaults.Options))!;
        var amur = regions.Single(r => r.Name == "Амурская область");

        var response = await analyst.GetAsync($"/api/v1/reporting-years/2016/digest?format=docx&regionId={amur.Id}");

        Assert.Equal($"digest-2016-region-{amur.Id}.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var paragraphs = DigestDocuments.DocxParagraphs(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Амурская область", paragraphs);
        Assert.Contains("БЛАГОВЕЩЕНСК", paragraphs);
        Assert.DoesNotContain("СЕВЕРСК", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Северск (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("format=xlsx", "format")]
    [InlineData("", "format")]
    [InlineData("format=docx&regionId=987654", "regionId")]
    public async Task Digest_BadInput_Is400ProblemDetailsWithTheField(string query, string field)
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);

        var response = await analyst.GetAsync($"/api/v1/reporting-years/2016/digest?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Digest_UnknownYear_Is404_PressOfficer_Is403_AdministratorMayDownload()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var press = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/api/v1/reporting-years/2099/digest?format=pdf")).StatusCode);
        var refused = await press.GetAsync("/api/v1/reporting-years/2016/digest?format=docx");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await press.GetAsync("/api/v1/reporting-years/2016/completeness")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/reporting-years/2016/digest?format=pdf")).StatusCode);
    }

    [Fact]
    public async Task ReportDocument_FollowsTheReadRules_ForeignDraftIs404_OwnDraftDownloads()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var blagPress = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        using var khabPress = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Khabarovsk));
        var open = await OpenYearAsync(analyst);
        var cities = (await analyst.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", Api.JsonDefaults.Options))!;
        var blag = cities.Single(c => c.Slug == DemoGeography.Blagoveshchensk);
        var approved = (await analyst.GetFromJsonAsync<ReportDto>($"/api/v1/municipalities/{blag.Id}/reports/2016", Api.JsonDefaults.Options))!;
        var draft = (await analyst.GetFromJsonAsync<ReportDto>($"/api/v1/municipalities/{blag.Id}/reports/{open}", Api.JsonDefaults.Options))!;

        var docx = await khabPress.GetAsync($"/api/v1/reports/{approved.Id}/document?format=docx");
        var pdf = await analyst.GetAsync($"/api/v1/reports/{approved.Id}/document?format=pdf");
        var foreignDraft = await khabPress.GetAsync($"/api/v1/reports/{draft.Id}/document?format=docx");
        var ownDraft = await blagPress.GetAsync($"/api/v1/reports/{draft.Id}/document?format=docx");
        var badFormat = await analyst.GetAsync($"/api/v1/reports/{approved.Id}/document?format=odt");

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal($"report-{DemoGeography.Blagoveshchensk}-2016.docx", docx.Content.Headers.ContentDisposition?.FileNameStar);
        var paragraphs = DigestDocuments.DocxParagraphs(await docx.Content.ReadAsByteArrayAsync());
        Assert.Equal(Question2016, paragraphs[paragraphs.IndexOf("БЛАГОВЕЩЕНСК") + 1]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Содержание", StringComparison.Ordinal));
        Assert.Contains("2982 пресс-релиза", DigestDocuments.PdfText(await pdf.Content.ReadAsByteArrayAsync()).Text);
        Assert.Equal(HttpStatusCode.NotFound, foreignDraft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownDraft.StatusCode);
        Assert.Contains(DigestDocuments.DocxParagraphs(await ownDraft.Content.ReadAsByteArrayAsync()), p => p.Contains("Статус отчёта: черновик.", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    private static async Task<int> OpenYearAsync(HttpClient client)
    {
        var years = (await client.GetFromJsonAsync<List<ReportingYearDto>>("/api/v1/reporting-years", Api.JsonDefaults.Options))!;
        return years.Where(y => y.State == ReportingYearState.Open).Max(y => y.Year);
    }
}
