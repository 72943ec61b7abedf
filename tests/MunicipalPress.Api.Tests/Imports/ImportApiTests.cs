using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MunicipalPress.Api.Tests.Api;
using MunicipalPress.Application.Imports;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Imports;

/// <summary>
/// POST /api/v1/imports/parse (text and file, limits) and POST /api/v1/imports (draft from a confirmed parse,
/// the report's permission and state rules). The demo has reports for 2016–2025 only, so drafts go into 2014
/// and 2015, which the tests create as reporting years first.
/// </summary>
public sealed class ImportApiTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private static readonly string BlagoveshchenskOfficer = DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk);

    [Fact]
    public async Task Parse_TextBody_ReturnsTheCliShapePlusTextOffsetsAndMatchedIds()
    {
        using var officer = await app.CreateClientForAsync(BlagoveshchenskOfficer);
        var city = await FindCityAsync(officer, "Благовещенск");
        var catalogue = await officer.GetFromJsonAsync<List<Application.Indicators.IndicatorDto>>("/api/v1/indicators", JsonDefaults.Options);

        var response = await officer.PostAsync("/api/v1/imports/parse", PlainText(SeedFiles.Bytes(SeedFiles.Blagoveshchensk)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var property in new[] { "municipality", "year", "planYear", "language", "achievements", "plannedTasks", "indicators", "warnings", "text", "municipalityId" })
        {
            Assert.True(json.TryGetProperty(property, out _), $"no '{property}' in the parse");
        }

        foreach (var property in new[] { "value", "label", "code", "sourceText", "start", "length", "indicatorId" })
        {
            Assert.True(json.GetProperty("indicators")[0].TryGetProperty(property, out _), $"no '{property}' in a figure");
        }

        var preview = json.Deserialize<ImportPreviewDto>(JsonDefaults.Options)!;
        Assert.Equal("Благовещенск", preview.Municipality);
        Assert.Equal(city.Id, preview.MunicipalityId);
        Assert.Equal(MunicipalityMatch.Found, preview.MunicipalityMatch);
        Assert.Equal((2016, 2017, "ru"), (preview.Year!.Value, preview.PlanYear!.Value, preview.Language));
        Assert.Equal(2, preview.Achievements.Count);
        Assert.Single(preview.PlannedTasks);
        Assert.Equal(
            new[] { "press_releases", "photo_reports", "field_events", "press_approaches", "active_citizens" },
            preview.Indicators.Select(i => i.Code ?? "?"));
        Assert.All(preview.Indicators, figure =>
        {
            // The offsets point at the number as written in the normalised text.
            Assert.Equal(figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), preview.Text.Substring(figure.Start, figure.Length));
            Assert.Equal(catalogue!.Single(c => c.Code == figure.Code).Id, figure.IndicatorId);
            Assert.Contains(preview.Text.Substring(figure.Start, figure.Length), figure.SourceText);
        });
    }

    [Fact]
    public async Task Parse_TxtFileUpload_SameAsTextBody_AndWindows1251IsRead()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var bytes = SeedFiles.Bytes(SeedFiles.Khabarovsk);

        var asText = await PreviewAsync(await admin.PostAsync("/api/v1/imports/parse", PlainText(bytes)));
        var asFile = await PreviewAsync(await admin.PostAsync("/api/v1/imports/parse", FileForm(bytes, "Хабаровск 2021.txt", "text/plain")));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1251 = Encoding.GetEncoding(1251, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var legacy = await PreviewAsync(await admin.PostAsync(
            "/api/v1/imports/parse",
            FileForm(cp1251.GetBytes(Encoding.UTF8.GetString(bytes)), "report.TXT", "application/octet-stream")));

        Assert.Equal("Хабаровск", asFile.Municipality);
        Assert.Equal(18, asFile.Indicators.Count);
        Assert.Equal(asText.Text, asFile.Text);
        Assert.Equal(asText.Indicators, asFile.Indicators);
        Assert.Equal("windows-1251", legacy.SourceEncoding);
        Assert.Equal(asText.Indicators.Select(i => (i.Code, i.Value)), legacy.Indicators.Select(i => (i.Code, i.Value)));
    }

    [Fact]
    public async Task Parse_Warnings_StayEnglishStrings_WithTheirCodesBeside()
    {
        using var officer = await app.CreateClientForAsync(BlagoveshchenskOfficer);

        var response = await officer.PostAsync("/api/v1/imports/parse", PlainText("Подготовлено 50 пресс-релизов."u8.ToArray()));

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var warnings = json.GetProperty("warnings").EnumerateArray().ToList();
        var details = json.GetProperty("warningDetails").EnumerateArray().ToList();
        Assert.All(warnings, w => Assert.Equal(JsonValueKind.String, w.ValueKind));
        Assert.Contains("The reporting year was not found.", warnings.Select(w => w.GetString()));
        Assert.Equal(warnings.Select(w => w.GetString()), details.Select(d => d.GetProperty("message").GetString()));
        Assert.Contains(ParseWarningCodes.YearNotFound, details.Select(d => d.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("Отчёт.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("Отчёт.pdf", "application/pdf")]
    [InlineData("Отчёт.odt", "application/vnd.oasis.opendocument.text")]
    public async Task Parse_WordPdfOdtUpload_SameDraftAsTheText(string name, string contentType)
    {
        using var officer = await app.CreateClientForAsync(BlagoveshchenskOfficer);
        var city = await FindCityAsync(officer, "Благовещенск");
        var text = SeedFiles.Text(SeedFiles.Blagoveshchensk);
        var bytes = Path.GetExtension(name) switch
        {
            ".docx" => ReportDocuments.Docx(text),
            ".odt" => ReportDocuments.Odt(text),
            _ => ReportDocuments.Pdf(text),
        };
        var fromText = await PreviewAsync(await officer.PostAsync("/api/v1/imports/parse", PlainText(SeedFiles.Bytes(SeedFiles.Blagoveshchensk))));

        var upload = await PreviewAsync(await officer.PostAsync("/api/v1/imports/parse", FileForm(bytes, name, contentType)));
        using var rawBody = new ByteArrayContent(bytes);
        rawBody.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var raw = await PreviewAsync(await officer.PostAsync("/api/v1/imports/parse", rawBody));

        foreach (var preview in new[] { upload, raw })
        {
            Assert.Equal(city.Id, preview.MunicipalityId);
            Assert.Equal((2016, 2017), (preview.Year!.Value, preview.PlanYear!.Value));
            Assert.Equal(fromText.Achievements.Count, preview.Achievements.Count);
            Assert.Equal(fromText.PlannedTasks.Count, preview.PlannedTasks.Count);
            Assert.Equal(fromText.Indicators.Select(i => (i.Value, i.Code, i.IndicatorId)), preview.Indicators.Select(i => (i.Value, i.Code, i.IndicatorId)));
            Assert.Equal(2982, preview.Indicators.Single(i => i.Code == "press_releases").Value);
            Assert.Equal(Path.GetExtension(name)[1..], preview.SourceEncoding);
            Assert.All(preview.Indicators, f => Assert.Equal(
                f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                preview.Text.Substring(f.Start, f.Length).Replace(" ", string.Empty, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Parse_ScannedPdfAndRandomDocx_400WithTheReasonUnderFile()
    {
        using var officer = await app.CreateClientForAsync(BlagoveshchenskOfficer);
        var random = new byte[3000];
        new Random(3).NextBytes(random);

        var scan = await officer.PostAsync("/api/v1/imports/parse", FileForm(ReportDocuments.ScannedPdf(), "скан.pdf", "application/pdf"));
        var junk = await officer.PostAsync("/api/v1/imports/parse", FileForm(random, "Отчёт.docx", "application/octet-stream"));
        var doc = await officer.PostAsync("/api/v1/imports/parse", FileForm([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3], "Отчёт.doc", "application/msword"));

        Assert.Contains("scan", (await ErrorsAsync(scan))["file"][0], StringComparison.Ordinal);
        Assert.Contains("cannot be read", (await ErrorsAsync(junk))["file"][0], StringComparison.Ordinal);
        // Without LibreOffice (as on the test machine) the advice; with it, a failed conversion of these bytes.
        Assert.Contains("Save As → Word Document (.docx)", (await ErrorsAsync(doc))["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_Limits_413Above2MB_415ForOtherTypes_400ForEmptyNoFileOrDamagedDocument()
    {
        using var officer = await app.CreateClientForAsync(BlagoveshchenskOfficer);
        var big = Encoding.UTF8.GetBytes(new string('а', ImportFileRules.MaxBytes / 2 + 1));
        var docx = "PK\u0003\u0004 word/document.xml"u8.ToArray();

        var tooBigText = await officer.PostAsync("/api/v1/imports/parse", PlainText(big));
        var tooBigFile = await officer.PostAsync("/api/v1/imports/parse", FileForm(big, "big.txt", "text/plain"));
        var word = await officer.PostAsync("/api/v1/imports/parse", FileForm(docx, "Отчёт.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        var renamedWord = await officer.PostAsync("/api/v1/imports/parse", FileForm(docx, "report.txt", "text/plain"));
        var csv = await officer.PostAsync("/api/v1/imports/parse", FileForm("a;b\n1;2"u8.ToArray(), "figures.csv", "text/csv"));
        var json = await officer.PostAsJsonAsync("/api/v1/imports/parse", new { text = "БЛАГОВЕЩЕНСК" });
        var noContentType = await officer.PostAsync("/api/v1/imports/parse", new ByteArrayContent("БЛАГОВЕЩЕНСК"u8.ToArray()));
        var empty = await officer.PostAsync("/api/v1/imports/parse", PlainText([]));
        var blank = await officer.PostAsync("/api/v1/imports/parse", PlainText(" \r\n\t "u8.ToArray()));
        var emptyFile = await officer.PostAsync("/api/v1/imports/parse", FileForm([], "empty.txt", "text/plain"));
        using var noFileForm = new MultipartFormDataContent { { new StringContent("2016"), "year" } };
        var noFile = await officer.PostAsync("/api/v1/imports/parse", noFileForm);
        using var twoFiles = FileForm("АЛЕЙСК"u8.ToArray(), "a.txt", "text/plain");
        twoFiles.Add(new ByteArrayContent("СЕВЕРСК"u8.ToArray()), "second", "b.txt");
        var two = await officer.PostAsync("/api/v1/imports/parse", twoFiles);

        await AssertProblemAsync(tooBigText, HttpStatusCode.RequestEntityTooLarge, "2 MB");
        await AssertProblemAsync(tooBigFile, HttpStatusCode.RequestEntityTooLarge, "2 MB");
        // A cut-short .docx, named as such or as .txt, is read as what it is, and is damaged.
        await AssertProblemAsync(word, HttpStatusCode.BadRequest, "cannot be read");
        Assert.Contains("file", (await ErrorsAsync(await officer.PostAsync("/api/v1/imports/parse", FileForm(docx, "Отчёт.docx", "application/octet-stream")))).Keys);
        await AssertProblemAsync(renamedWord, HttpStatusCode.BadRequest, "cannot be read");
        await AssertProblemAsync(csv, HttpStatusCode.UnsupportedMediaType, ".txt");
        await AssertProblemAsync(json, HttpStatusCode.UnsupportedMediaType, "text/plain");
        await AssertProblemAsync(noContentType, HttpStatusCode.UnsupportedMediaType, "text/plain");
        await AssertProblemAsync(empty, HttpStatusCode.BadRequest, "empty");
        await AssertProblemAsync(blank, HttpStatusCode.BadRequest, "empty");
        await AssertProblemAsync(emptyFile, HttpStatusCode.BadRequest, "empty");
        await AssertProblemAsync(noFile, HttpStatusCode.BadRequest, "no file");
        await AssertProblemAsync(two, HttpStatusCode.BadRequest, "one report file");
    }

    [Fact]
    public async Task Parse_IsForPressOfficersAndAdministrators()
    {
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync("/api/v1/imports/parse", PlainText("АЛЕЙСК"u8.ToArray()))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/imports/parse", PlainText("АЛЕЙСК"u8.ToArray()))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/imports", new { municipalityId = 1, year = 2015 })).StatusCode);
    }

    [Fact]
    public async Task Import_BlagoveshchenskSeedIntoAYearWithoutReport_CreatesTheDraftWithTheAcceptedFigures()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        await EnsureReportingYearAsync(admin, 2015);
        using var officer = await app.CreateClientForAsync(BlagoveshchenskOfficer);
        var city = await FindCityAsync(officer, "Благовещенск");
        var preview = await PreviewAsync(await officer.PostAsync("/api/v1/imports/parse", PlainText(SeedFiles.Bytes(SeedFiles.Blagoveshchensk))));

        // The user rejects the Active Citizen figure and keeps the other four; the 2016 text goes into 2015.
        var figures = preview.Indicators.Where(i => i.Code != "active_citizens").ToList();
        var response = await officer.PostAsJsonAsync("/api/v1/imports", new
        {
            municipalityId = city.Id,
            year = 2015,
            achievements = preview.Achievements.Select(a => new { a.Direction, a.Text }),
            plannedTasks = preview.PlannedTasks.Select(t => new { t.Text }),
            indicators = figures.Select(f => new { code = f.Code, value = f.Value, note = f.SourceText }),
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draft = (await response.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        Assert.Equal($"/api/v1/reports/{draft.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal($"\"{draft.Version}\"", response.Headers.ETag!.Tag);
        Assert.Equal((city.Id, 2015, ReportStatus.Draft), (draft.MunicipalityId, draft.Year, draft.Status));
        Assert.Equal(preview.Achievements.Select(a => a.Text), draft.Achievements.Select(a => a.Text));
        Assert.Equal(preview.PlannedTasks.Single().Text, draft.PlannedTasks.Single().Text);
        Assert.Equal(
            [("field_events", 170m), ("photo_reports", 360m), ("press_approaches", 87m), ("press_releases", 2982m)],
            draft.IndicatorValues.Select(v => (v.Code, v.Value)).OrderBy(v => v.Code, StringComparer.Ordinal).ToArray());
        Assert.Contains("2982 пресс-релиза", draft.IndicatorValues.Single(v => v.Code == "press_releases").Note);
        var stored = await officer.GetFromJsonAsync<ReportDto>($"/api/v1/reports/{draft.Id}", JsonDefaults.Options);
        Assert.Equal(4, stored!.IndicatorValues.Count);
        var history = await officer.GetFromJsonAsync<List<ReportHistoryEntryDto>>($"/api/v1/reports/{draft.Id}/history", JsonDefaults.Options);
        Assert.Equal(["Save", "Create"], history!.Select(h => h.Action).ToArray());

        // Importing again would overwrite what is now in the draft: only when the user says so.
        var again = await officer.PostAsJsonAsync("/api/v1/imports", new { municipalityId = city.Id, year = 2015, achievements = new[] { new { text = "Другой текст." } } });
        await AssertProblemAsync(again, HttpStatusCode.Conflict, "replaceExistingContent");
        var replaced = await officer.PostAsJsonAsync("/api/v1/imports", new
        {
            municipalityId = city.Id,
            year = 2015,
            achievements = new[] { new { text = "Другой текст." } },
            indicators = new[] { new { code = "press_releases", value = 100m } },
            replaceExistingContent = true,
        });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var filled = (await replaced.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!;
        Assert.Equal(draft.Id, filled.Id);
        Assert.Equal("Другой текст.", filled.Achievements.Single().Text);
        Assert.Empty(filled.PlannedTasks);
        Assert.Equal(100m, filled.IndicatorValues.Single().Value);
    }

    [Fact]
    public async Task Import_IntoApprovedOrSubmittedReport_Is409_AndTheReportIsUnchanged()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var blagoveshchensk = await FindCityAsync(admin, "Благовещенск");
        var khabarovsk = await FindCityAsync(admin, "Хабаровск");
        var approved = await admin.GetAsync($"/api/v1/municipalities/{blagoveshchensk.Id}/reports/2016");
        var submitted = await admin.GetAsync($"/api/v1/municipalities/{khabarovsk.Id}/reports/2025");

        var intoApproved = await admin.PostAsJsonAsync("/api/v1/imports", new
        {
            municipalityId = blagoveshchensk.Id, year = 2016, achievements = new[] { new { text = "Перезапись." } }, replaceExistingContent = true,
        });
        var intoSubmitted = await admin.PostAsJsonAsync("/api/v1/imports", new
        {
            municipalityId = khabarovsk.Id, year = 2025, achievements = new[] { new { text = "Перезапись." } }, replaceExistingContent = true,
        });

        await AssertProblemAsync(intoApproved, HttpStatusCode.Conflict, "approved report for 2016");
        await AssertProblemAsync(intoSubmitted, HttpStatusCode.Conflict, "never overwrites");
        Assert.Equal(approved.Headers.ETag, (await admin.GetAsync($"/api/v1/municipalities/{blagoveshchensk.Id}/reports/2016")).Headers.ETag);
        Assert.Equal(submitted.Headers.ETag, (await admin.GetAsync($"/api/v1/municipalities/{khabarovsk.Id}/reports/2025")).Headers.ETag);
    }

    [Fact]
    public async Task Import_OtherCitysOfficerOrAnalyst_Is403_AndNothingIsCreated()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        await EnsureReportingYearAsync(admin, 2014);
        using var khabarovskOfficer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Khabarovsk));
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        var city = await FindCityAsync(admin, "Алейск");
        var body = new { municipalityId = city.Id, year = 2014, achievements = new[] { new { text = "Чужой отчёт." } } };

        var foreign = await khabarovskOfficer.PostAsJsonAsync("/api/v1/imports", body);
        var byAnalyst = await analyst.PostAsJsonAsync("/api/v1/imports", body);

        await AssertProblemAsync(foreign, HttpStatusCode.Forbidden, "Алейск");
        await AssertProblemAsync(byAnalyst, HttpStatusCode.Forbidden, "press officers and administrators");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/municipalities/{city.Id}/reports/2014")).StatusCode);
    }

    [Fact]
    public async Task Import_UnknownCodesInvalidValuesAndYearWithoutCampaign_Are400PerField()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        await EnsureReportingYearAsync(admin, 2014);
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail("biysk"));
        var city = await FindCityAsync(officer, "Бийск");

        var invalid = await officer.PostAsJsonAsync("/api/v1/imports", new
        {
            municipalityId = city.Id,
            year = 2014,
            achievements = new[] { new { text = " " } },
            indicators = new object[]
            {
                new { code = "press_releases", value = 10m },
                new { code = "no_such_indicator", value = 1m },
                new { code = "photo_reports", value = -3m },
                new { code = "press_releases", value = 12m },
                new { value = 5m },
            },
        });
        var noCampaign = await officer.PostAsJsonAsync("/api/v1/imports", new { municipalityId = city.Id, year = 2013 });
        var noCampaignAdmin = await admin.PostAsJsonAsync("/api/v1/imports", new { municipalityId = city.Id, year = 2013 });
        var noCity = await admin.PostAsJsonAsync("/api/v1/imports", new { municipalityId = 999_999, year = 2014 });
        var badYear = await admin.PostAsJsonAsync("/api/v1/imports", new { municipalityId = city.Id, year = 1990 });
        var brokenJson = await admin.PostAsync("/api/v1/imports", new StringContent("{\"municipalityId\": ", Encoding.UTF8, "application/json"));
        var noBody = await admin.PostAsync("/api/v1/imports", new StringContent(string.Empty, Encoding.UTF8, "application/json"));

        var errors = await ErrorsAsync(invalid);
        Assert.Equal(["achievements[0].text", "indicators[1].code", "indicators[2].value", "indicators[3].indicatorId", "indicators[4]"], errors.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("no_such_indicator", errors["indicators[1].code"][0]);
        Assert.Contains("ask an administrator", (await ErrorsAsync(noCampaign))["year"][0]);
        Assert.Contains("Create it first", (await ErrorsAsync(noCampaignAdmin))["year"][0]);
        Assert.Equal(HttpStatusCode.NotFound, noCity.StatusCode);
        Assert.Contains("year", (await ErrorsAsync(badYear)).Keys);
        Assert.Equal(HttpStatusCode.BadRequest, brokenJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/municipalities/{city.Id}/reports/2014")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheImportRoutes()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);

        var document = await admin.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/imports/parse\"", document);
        Assert.Contains("\"/api/v1/imports\"", document);
        Assert.Contains("multipart/form-data", document);
    }

    internal static ByteArrayContent PlainText(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        return content;
    }

    private static MultipartFormDataContent FileForm(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<ImportPreviewDto> PreviewAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ImportPreviewDto>(JsonDefaults.Options))!;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailPart)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detailPart, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    private static async Task EnsureReportingYearAsync(HttpClient admin, int year)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/reporting-years", new { year, opensOn = $"{year + 1}-01-15", deadline = $"{year + 1}-03-01" });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, $"creating {year}: {response.StatusCode}");
    }

    private static async Task<MunicipalityDto> FindCityAsync(HttpClient client, string name)
    {
        var found = await client.GetFromJsonAsync<List<MunicipalityDto>>(
            $"/api/v1/municipalities?search={Uri.EscapeDataString(name)}", JsonDefaults.Options);
        return found!.Single(m => m.Name == name);
    }
}
