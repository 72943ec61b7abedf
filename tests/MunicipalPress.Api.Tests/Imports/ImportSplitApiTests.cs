using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MunicipalPress.Api.Tests.Api;
using MunicipalPress.Application.Imports;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Imports;

/// <summary>
/// POST /api/v1/imports/split (a compilation → one parse per city, each as /imports/parse gives it) and the
/// municipality of a parse matched against the catalogue: inflected and adjectival names found, a near miss offered.
/// </summary>
public sealed class ImportSplitApiTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private static readonly string[] Cities = ["Северск", "Благовещенск", "Теплодар", "Алейск", "Хабаровск"];

    private static byte[] Compilation() =>
        Encoding.UTF8.GetBytes(string.Join("\n\n", SeedFiles.All.Select(f => SeedFiles.Text(f).Trim())));

    [Fact]
    public async Task Split_FiveSeedCompilation_OneParsePerCity_EachAsParseGivesIt()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);

        var response = await admin.PostAsync("/api/v1/imports/split", ImportApiTests.PlainText(Compilation()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["reports"], json.EnumerateObject().Select(p => p.Name));
        var split = json.Deserialize<ImportSplitDto>(JsonDefaults.Options)!;
        Assert.Equal(Cities, split.Reports.Select(r => r.Municipality));
        for (var i = 0; i < SeedFiles.All.Length; i++)
        {
            var alone = await PreviewAsync(await admin.PostAsync("/api/v1/imports/parse", ImportApiTests.PlainText(SeedFiles.Bytes(SeedFiles.All[i]))));
            var part = split.Reports[i];
            Assert.Equal(MunicipalityMatch.Found, part.MunicipalityMatch);
            Assert.Equal(alone.MunicipalityId, part.MunicipalityId);
            Assert.Equal((alone.Year, alone.PlanYear), (part.Year, part.PlanYear));
            Assert.Equal(
                alone.Indicators.Select(f => (f.Value, f.Code, f.IndicatorId, f.Label)),
                part.Indicators.Select(f => (f.Value, f.Code, f.IndicatorId, f.Label)));
            Assert.Equal(alone.Warnings, part.Warnings);
            Assert.All(part.Indicators, f => Assert.Contains(part.Text.Substring(f.Start, f.Length), f.SourceText));
        }
    }

    [Fact]
    public async Task Parse_Compilation_FirstReportWithAWarningThatNamesHowMany()
    {
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));

        var preview = await PreviewAsync(await officer.PostAsync("/api/v1/imports/parse", ImportApiTests.PlainText(Compilation())));

        Assert.Equal("Северск", preview.Municipality);
        var warning = Assert.Single(preview.WarningDetails, w => w.Code == ParseWarningCodes.SeveralReports);
        Assert.Equal("5", warning.Arguments[0]);
        Assert.Contains("holds 5 reports", Assert.Single(preview.Warnings, w => w.Contains("compilation", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Split_InputRules_AreTheParseEndpointsRules()
    {
        using var anonymous = app.CreateClient();
        using var analyst = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        using var officer = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/imports/split", ImportApiTests.PlainText(Compilation()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync("/api/v1/imports/split", ImportApiTests.PlainText(Compilation()))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsync("/api/v1/imports/split", ImportApiTests.PlainText("  \n"u8.ToArray()))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await officer.PostAsync("/api/v1/imports/split", ImportApiTests.PlainText(new byte[ImportFileRules.MaxBytes + 1]))).StatusCode);
        var json = new StringContent("{}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await officer.PostAsync("/api/v1/imports/split", json)).StatusCode);

        var file = new ByteArrayContent(Compilation());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var asFile = await officer.PostAsync("/api/v1/imports/split", new MultipartFormDataContent { { file, "file", "сборник.txt" } });
        Assert.Equal(HttpStatusCode.OK, asFile.StatusCode);
        Assert.Equal(5, (await asFile.Content.ReadFromJsonAsync<ImportSplitDto>(JsonDefaults.Options))!.Reports.Count);

        var single = await officer.PostAsync("/api/v1/imports/split", ImportApiTests.PlainText(SeedFiles.Bytes(SeedFiles.Aleysk)));
        Assert.Equal("Алейск", Assert.Single((await single.Content.ReadFromJsonAsync<ImportSplitDto>(JsonDefaults.Options))!.Reports).Municipality);
    }

    [Theory]
    [InlineData("Пресс-служба администрации Ангарского городского округа подготовила 640 пресс-релизов.", "Ангарск")]
    [InlineData("Пресс-служба мэрии города Магадана подготовила 640 пресс-релизов.", "Магадан")]
    public async Task Parse_AdministrationOfACatalogueCity_IsMatchedToIt(string sentence, string city)
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var expected = await FindCityAsync(admin, city);

        var preview = await PreviewAsync(await admin.PostAsync("/api/v1/imports/parse", ImportApiTests.PlainText(Encoding.UTF8.GetBytes(Question(2024, sentence)))));

        Assert.Equal((city, expected.Id, MunicipalityMatch.Found), (preview.Municipality, preview.MunicipalityId, preview.MunicipalityMatch));
        Assert.Empty(preview.MunicipalityCandidates);
    }

    [Fact]
    public async Task Parse_UkrainianCouncilAdjective_IsMatchedToTheCatalogueName()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var teplodar = await FindCityAsync(admin, "Теплодар");
        var created = await admin.PostAsJsonAsync("/api/v1/municipalities", new { name = "Южноукраїнськ", regionId = teplodar.RegionId, kind = "CityCouncil", population = 39_000 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var city = (await created.Content.ReadFromJsonAsync<MunicipalityDto>(JsonDefaults.Options))!;
        var text = "Звіт про роботу відділу інформаційної політики Южноукраїнської міської ради за 2024 рік\n\n"
            + "Відділ підготував 410 новин для сайту Южноукраїнської міської ради.\n";

        var preview = await PreviewAsync(await admin.PostAsync("/api/v1/imports/parse", ImportApiTests.PlainText(Encoding.UTF8.GetBytes(text))));

        Assert.Equal(("Южноукраїнськ", city.Id, MunicipalityMatch.Found), (preview.Municipality, preview.MunicipalityId, preview.MunicipalityMatch));
        Assert.NotEqual(preview.Municipality, preview.NameInText);
    }

    [Fact]
    public async Task Parse_NearMissOfACatalogueName_IsNotMatched_ButOfferedWithTheClosestNames()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var blagoveshchensk = await FindCityAsync(admin, "Благовещенск");

        var response = await admin.PostAsync(
            "/api/v1/imports/parse",
            ImportApiTests.PlainText(Encoding.UTF8.GetBytes("БЛАГОВЕЩЕНКА\n\n" + Question(2024, "Администрация подготовила 120 пресс-релизов."))));

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(json.TryGetProperty("municipalityCandidates", out var offered));
        Assert.Equal(JsonValueKind.Array, offered.ValueKind);
        var preview = json.Deserialize<ImportPreviewDto>(JsonDefaults.Options)!;
        Assert.Equal(("Благовещенка", null, MunicipalityMatch.NotFound), (preview.Municipality, preview.MunicipalityId, preview.MunicipalityMatch));
        Assert.Equal(blagoveshchensk.Id, preview.MunicipalityCandidates[0].Id);
        Assert.Equal("Благовещенск", preview.MunicipalityCandidates[0].Name);
        Assert.False(string.IsNullOrEmpty(preview.MunicipalityCandidates[0].RegionName));
    }

    private static string Question(int year, string paragraph) =>
        $"Что наиболее значительное удалось сделать в области информационной политики в {year} году\n\n{paragraph}\n";

    private static async Task<ImportPreviewDto> PreviewAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ImportPreviewDto>(JsonDefaults.Options))!;
    }

    private static async Task<MunicipalityDto> FindCityAsync(HttpClient client, string name)
    {
        var found = await client.GetFromJsonAsync<List<MunicipalityDto>>(
            $"/api/v1/municipalities?search={Uri.EscapeDataString(name)}", JsonDefaults.Options);
        return found!.Single(m => m.Name == name);
    }
}
