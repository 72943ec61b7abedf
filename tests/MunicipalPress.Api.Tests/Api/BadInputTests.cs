using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Domain.Common;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>
/// The inputs that answered 500 in the attack (issue 10): each is now a 400 ProblemDetails naming the field (or,
/// for paging and redirects, a sensible answer), and a refused write leaves the report as it was.
/// </summary>
public sealed class BadInputTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    public static readonly TheoryData<string> BadTexts = ["a\\u0000b", "\\u0001", "esc\\u001b[31m", "\\u007f", "\\ud800", "x\\udc00y"];

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task StoredText_WithControlCharacterOrLoneSurrogate_Is400NamingTheField(string bad)
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var users = await admin.GetFromJsonAsync<JsonArray>("/api/v1/users");
        var analystId = users!.Single(u => (string?)u!["email"] == DemoUsers.AnalystEmail)!["id"]!.GetValue<string>();

        await AssertFieldErrorAsync(await PostJsonAsync(admin, "POST", "/api/v1/regions", $$"""{"name":"{{bad}}","countryCode":"RU"}"""), "name");
        await AssertFieldErrorAsync(await PostJsonAsync(admin, "POST", "/api/v1/municipalities", $$"""{"name":"{{bad}}","regionId":1,"kind":"City","population":1000}"""), "name");
        await AssertFieldErrorAsync(await PostJsonAsync(admin, "PUT", $"/api/v1/users/{analystId}", $$"""{"displayName":"{{bad}}","role":"Analyst"}"""), "displayName");
        await AssertFieldErrorAsync(await PostJsonAsync(admin, "POST", "/api/v1/users", $$"""{"email":"new.{{bad}}@city.example","displayName":"x","role":"Analyst","password":"Long-Password-2025!"}"""), "email");
        await AssertFieldErrorAsync(await PostJsonAsync(app.CreateClient(), "POST", "/api/v1/auth/login", $$"""{"email":"{{bad}}","password":"x"}"""), "email");
    }

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task ReportText_WithControlCharacter_Is400NamingTheField_AndTheReportStays(string bad)
    {
        var (press, reportId, etag, before) = await OwnDraftAsync();

        var text = await PutReportAsync(press, reportId, etag, $$"""{"achievements":[{"text":"{{bad}}"}],"plannedTasks":[],"indicatorValues":[],"peerHighlights":[]}""");
        var comment = await PostJsonAsync(press, "POST", $"/api/v1/reports/{reportId}/comments", $$"""{"comment":"{{bad}}"}""");

        await AssertFieldErrorAsync(text, "achievements[0].text");
        await AssertFieldErrorAsync(comment, "comment");
        Assert.Equal(before, await press.GetStringAsync($"/api/v1/reports/{reportId}"));
    }

    [Theory]
    [InlineData("achievements")]
    [InlineData("plannedTasks")]
    [InlineData("indicatorValues")]
    [InlineData("peerHighlights")]
    public async Task ReportArray_WithNullElement_Is400NamingTheElement(string array)
    {
        var (press, reportId, etag, before) = await OwnDraftAsync();
        var body = new JsonObject { ["achievements"] = new JsonArray(), ["plannedTasks"] = new JsonArray(), ["indicatorValues"] = new JsonArray(), ["peerHighlights"] = new JsonArray() };
        body[array] = new JsonArray((JsonNode?)null);

        var response = await PutReportAsync(press, reportId, etag, body.ToJsonString());

        await AssertFieldErrorAsync(response, $"{array}[0]", RequestValidatorNullElement);
        Assert.Equal(before, await press.GetStringAsync($"/api/v1/reports/{reportId}"));
    }

    [Fact]
    public async Task PeerHighlight_NamingUnknownMunicipality_Is400NamingTheField()
    {
        var (press, reportId, etag, before) = await OwnDraftAsync();

        var response = await PutReportAsync(press, reportId, etag, """{"achievements":[],"plannedTasks":[],"indicatorValues":[],"peerHighlights":[{"mentionedMunicipalityId":999999,"text":"Коллеги запустили подкаст."}]}""");

        await AssertFieldErrorAsync(response, "peerHighlights[0].mentionedMunicipalityId", "Unknown municipality 999999.");
        Assert.Equal(before, await press.GetStringAsync($"/api/v1/reports/{reportId}"));
    }

    [Theory]
    [InlineData("achievements", "[null]", "achievements[0]")]
    [InlineData("plannedTasks", "[null]", "plannedTasks[0]")]
    [InlineData("indicators", "[null]", "indicators[0]")]
    public async Task Import_WithNullElement_Is400NamingTheElement(string array, string value, string field)
    {
        var (press, _, _, _) = await OwnDraftAsync();
        var city = await CityAsync(press);

        var response = await PostJsonAsync(press, "POST", "/api/v1/imports", $$"""{"municipalityId":{{city}},"year":2025,"replaceExistingContent":true,"{{array}}":{{value}}}""");

        await AssertFieldErrorAsync(response, field, RequestValidatorNullElement);
    }

    [Fact]
    public async Task Import_WithNullArrays_IsNotA500()
    {
        var (press, _, _, _) = await OwnDraftAsync();
        var city = await CityAsync(press);

        var response = await PostJsonAsync(press, "POST", "/api/v1/imports", $$"""{"municipalityId":{{city}},"year":2025,"replaceExistingContent":false,"achievements":null,"plannedTasks":null,"indicators":null}""");

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/municipalities?search=a%00b", "search")]
    [InlineData("/api/v1/audit?userId=a%00b", "userId")]
    [InlineData("/api/v1/audit?entityType=%01", "entityType")]
    [InlineData("/api/v1/search?q=a%00b", "q")]
    [InlineData("/api/v1/analytics/compare?indicator=a%00b&municipalityId=1&fromYear=2016&toYear=2025", "indicator")]
    [InlineData("/api/v1/analytics/ranking?indicator=a%00b&year=2024", "indicator")]
    public async Task TextFilter_WithNul_Is400NamingTheParameter(string url, string field)
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);

        await AssertFieldErrorAsync(await admin.GetAsync(url), field);
    }

    [Theory]
    [InlineData("/api/v1/reports?page=2147483647")]
    [InlineData("/api/v1/reports?page=-2147483648&pageSize=2147483647")]
    [InlineData("/api/v1/search?q=пресс&page=2147483647&pageSize=2147483647")]
    [InlineData("/api/v1/audit?page=2147483647&pageSize=2147483647")]
    public async Task Paging_HugeOrNegative_IsClampedToAnEmptyOrFirstPage(string url)
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);

        var response = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.InRange(page!["page"]!.GetValue<int>(), 1, Application.Common.Paging.MaxPage);
    }

    [Theory]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/%5C%5Cevil.example")]
    public async Task CultureSwitch_RedirectOffSite_GoesHomeInstead(string redirect)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/culture/set?culture=en&redirectUri={redirect}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CultureSwitch_LocalRedirect_IsKept()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture/set?culture=en&redirectUri=%2Freports%3Fyear%3D2024");

        Assert.Equal("/reports?year=2024", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public async Task ImportParse_TruncatedMultipart_Is400(double keep)
    {
        var (press, _, _, _) = await OwnDraftAsync();
        var whole = Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.txt\"\r\nContent-Type: text/plain\r\n\r\nПресс-служба подготовила 120 пресс-релизов.\r\n--b--\r\n");
        var content = new ByteArrayContent(whole[..(int)(whole.Length * keep)]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await press.PostAsync("/api/v1/imports/parse", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private const string RequestValidatorNullElement = Application.Common.RequestValidator.NullElement;

    private async Task<(HttpClient Press, int ReportId, EntityTagHeaderValue ETag, string Before)> OwnDraftAsync()
    {
        var press = await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk));
        var city = await CityAsync(press);
        var report = await press.GetAsync($"/api/v1/municipalities/{city}/reports/2025");
        var body = await report.Content.ReadAsStringAsync();
        var id = JsonNode.Parse(body)!["id"]!.GetValue<int>();
        return (press, id, report.Headers.ETag!, await press.GetStringAsync($"/api/v1/reports/{id}"));
    }

    private static async Task<int> CityAsync(HttpClient client)
    {
        var cities = await client.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", JsonDefaults.Options);
        return cities!.Single(c => c.Slug == DemoGeography.Blagoveshchensk).Id;
    }

    private static async Task<HttpResponseMessage> PutReportAsync(HttpClient client, int id, EntityTagHeaderValue etag, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reports/{id}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string method, string url, string json)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await client.SendAsync(request);
    }

    /// <summary>A 400 with an error for the field: the text rule's, or (a lone surrogate) the JSON reader's.</summary>
    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field, string message = TextRule.Message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.RequestMessage!.RequestUri} → {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"no error for {field}: {body}");
        var messages = errors[field]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.True(messages.Contains(message) || (message == TextRule.Message && messages.Contains(global::MunicipalPress.Web.Infrastructure.ProblemDetailsExceptionHandler.NotReadable)), body);
    }
}
