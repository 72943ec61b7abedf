using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Users;
using MunicipalPress.Infrastructure.DemoData;
using Xunit.Abstractions;

namespace MunicipalPress.Api.Tests.Probe;

/// <summary>
/// The attacker's probe as a test. Reads the running app's OpenAPI document and, for every operation and every
/// role (anonymous, press officer, analyst, administrator), sends <see cref="BadInputs"/> into path parameters,
/// query parameters and JSON bodies derived from the schema (<see cref="ProbeRequests"/>). Asserts that no answer
/// is a 5xx or carries a stack trace, and that a stored report (a press officer's draft, which the path ids
/// point at) reads the same after every refused write. A new route is probed without touching this class. The
/// full corpus goes to the roles that get furthest (the report's press officer and the administrator); the
/// others get a rotating third of it, which keeps the run near a minute.
/// </summary>
public sealed class OpenApiProbeTests(OpenApiProbeTests.ProbeApp app, ITestOutputHelper output) : IClassFixture<OpenApiProbeTests.ProbeApp>
{
    private const string Press = "press officer";
    private const string Analyst = "analyst";
    private const string Admin = "administrator";
    private const string Anonymous = "anonymous";

    [Fact]
    public async Task EveryRoute_EveryRole_BadInput_NeverA5xxNorAStackTrace_AndTheReportStays()
    {
        var clock = Stopwatch.StartNew();
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var document = JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json"))!;
        var cities = (await admin.GetFromJsonAsync<List<MunicipalityDto>>("/api/v1/municipalities", Api.JsonDefaults.Options))!;
        var city = cities.Single(c => c.Slug == DemoGeography.Blagoveshchensk);
        var otherCity = cities.Single(c => c.Slug == DemoGeography.Khabarovsk);
        var report = (await admin.GetFromJsonAsync<ReportDto>($"/api/v1/municipalities/{city.Id}/reports/2025", Api.JsonDefaults.Options))!;
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email = "probe.target@city.example", displayName = "Probe target", role = "Analyst", password = "Probe-Target-2025!" });
        var target = (await created.Content.ReadFromJsonAsync<UserDto>(Api.JsonDefaults.Options))!;
        var reportUrl = $"/api/v1/reports/{report.Id}";

        var requests = new ProbeRequests(document, (template, name) => PathValue(template, name, city.Id, report.Id, target.Id), KnownValues(city.Id, otherCity.Id));
        var operations = ProbeRequests.Operations(document);
        var clients = new (string Role, HttpClient Client, bool Full)[]
        {
            (Anonymous, app.CreateClient(), false),
            (Press, await app.CreateClientForAsync(DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk)), true),
            (Analyst, await app.CreateClientForAsync(DemoUsers.AnalystEmail), false),
            (Admin, await app.CreateClientForAsync(DemoUsers.AdminEmail), true),
        };
        var tally = new ProbeTally();
        var failures = new List<string>();
        var stored = await admin.GetStringAsync(reportUrl);
        var sample = 0;
        var unique = 0;

        foreach (var (role, client, full) in clients)
        {
            foreach (var operation in operations)
            {
                foreach (var request in requests.For(operation))
                {
                    // The sampled roles get every third request, the baseline always; the offset moves on.
                    if (!full && request.What != "baseline" && sample++ % 3 != 0)
                    {
                        continue;
                    }

                    var (status, body) = await SendAsync(client, request, VersionOf(stored), ++unique);
                    tally.Count(role, status, request.Body?.Length ?? 0);
                    var where = $"{role} {operation} [{request.What}] {Short(request.Url)}";
                    if (status >= 500)
                    {
                        failures.Add($"{where} → {status}: {Short(body)}");
                    }
                    else if (HasStackTrace(body))
                    {
                        failures.Add($"{where} → {status} with a stack trace: {Short(body)}");
                    }

                    if (!operation.Writes)
                    {
                        continue;
                    }

                    var now = await admin.GetStringAsync(reportUrl);
                    if (status is >= 400 and < 500 && now != stored)
                    {
                        failures.Add($"{where} → {status} but the report changed");
                    }

                    stored = now;
                }
            }
        }

        var summary = tally.Describe(operations.Count, BadInputs.All.Count(), clock.Elapsed);
        output.WriteLine(summary);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi-probe.txt"), summary + string.Join(Environment.NewLine, failures));
        foreach (var (_, client, _) in clients)
        {
            client.Dispose();
        }

        Assert.True(operations.Count > 40, $"only {operations.Count} operations in the document");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(60))}{Environment.NewLine}{summary}");
    }

    /// <summary>
    /// Sends one request. Writes carry the report's current version in If-Match, so a bad body meets the content
    /// rules rather than the concurrency check; names that must be unique (e-mail, codes) get a number of their own.
    /// </summary>
    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, ProbeRequest probe, string version, int unique)
    {
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), new Uri("http://localhost" + probe.Url));
        if (probe.Body is not null)
        {
            var body = probe.ContentType == "application/json" && probe.Body.Length < 4096
                ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(probe.Body).Replace(UniqueMark, unique.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                : probe.Body;
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(probe.ContentType!);
        }

        if (probe.Method != "GET")
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, body);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
        {
            // The test host will not build a request whose path decodes to NUL; Kestrel answers such a request 400.
            return (StatusCodes.Status400BadRequest, string.Empty);
        }
    }

    /// <summary>Path ids point at the probe's targets: the press officer's draft, its city, a throwaway account.</summary>
    private static string PathValue(string template, string name, int cityId, int reportId, string userId) => (template, name) switch
    {
        (_, "year") => "2025",
        (_, "entryId") => "1",
        (var t, _) when t.StartsWith("/api/v1/reports/", StringComparison.Ordinal) => reportId.ToString(CultureInfo.InvariantCulture),
        (var t, "id") when t.StartsWith("/api/v1/municipalities/", StringComparison.Ordinal) => cityId.ToString(CultureInfo.InvariantCulture),
        (var t, "id") when t.StartsWith("/api/v1/users/", StringComparison.Ordinal) => userId,
        _ => "1",
    };

    /// <summary>Plausible values for the fields the schema alone cannot fill in well (their rules are in code).</summary>
    private static Dictionary<string, JsonNode?> KnownValues(int cityId, int otherCityId) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = null,
        ["email"] = "probe.user." + UniqueMark + "@city.example",
        ["password"] = "Probe-Password-2025!",
        ["newPassword"] = "Probe-Password-2025!",
        ["oldPassword"] = "Probe-Password-2025!",
        ["role"] = "Analyst",
        ["countryCode"] = "RU",
        ["code"] = "probe_code_" + UniqueMark,
        ["year"] = 2025,
        ["fromYear"] = 2016,
        ["toYear"] = 2025,
        ["municipalityId"] = cityId,
        ["mentionedMunicipalityId"] = otherCityId,
        ["regionId"] = 1,
        ["indicatorId"] = 1,
        ["indicator"] = "press_releases",
        ["taskId"] = 1,
        ["population"] = 1000,
        ["opensOn"] = "2026-01-15",
        ["deadline"] = "2026-03-01",
        ["isDisabled"] = false,
        ["replaceExistingContent"] = false,
        ["refreshToken"] = "not-a-token",
        ["comment"] = "Проба: комментарий.",
    };

    private const string UniqueMark = "{unique}";

    private static string VersionOf(string report) =>
        JsonNode.Parse(report)!["version"]!.GetValue<uint>().ToString(CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>The marks of a .NET stack trace or exception text (plain searches: a body may hold a megabyte of letters).</summary>
    private static bool HasStackTrace(string body) =>
        body.Contains("   at ", StringComparison.Ordinal)
        || body.Contains(".cs:line ", StringComparison.Ordinal)
        || body.Contains("Exception: ", StringComparison.Ordinal)
        || body.Contains("Exception:\n", StringComparison.Ordinal)
        || body.Contains("Npgsql", StringComparison.Ordinal)
        || body.Contains("StackTrace", StringComparison.OrdinalIgnoreCase);

    /// <summary>The app with the request log at warnings only: ten thousand information lines would slow the probe down.</summary>
    public sealed class ProbeApp : MunicipalPressAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
