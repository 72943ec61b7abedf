using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Xunit.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Infrastructure.Notifications;
using MunicipalPress.Web.Infrastructure;
using MunicipalPress.Api.Tests.Api;
using static MunicipalPress.Api.Tests.Api.ReportRequests;

namespace MunicipalPress.Api.Tests.Operations;

/// <summary>
/// PostgreSQL stops and starts again under a running app (issue 12, ADR 0024): meanwhile /health says unhealthy and
/// the API answers 503 ProblemDetails with Retry-After, never a 500; afterwards both work again without a restart
/// of the app, and the listener for other instances' changes is back. The server is this class's own.
/// </summary>
public sealed class DatabaseOutageTests(PrivateDatabaseServer database, ITestOutputHelper output) : IClassFixture<PrivateDatabaseServer>
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task DatabaseRestart_HealthAndApiAnswer503Meanwhile_ThenServeAgain()
    {
        await using var app = AppInstance.On(database.ConnectionString);
        using var officer = await SignedInAsync(app.CreateClient(), DemoUsers.PressOfficerEmail("seversk"));
        var (report, etag) = await DraftAsync(officer, "Северск");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/health")).StatusCode);
        using var browser = app.CreateClient();
        (await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = DemoUsers.PressOfficerEmail("seversk"), password = DemoUsers.Password }))
            .EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await PageAsync(browser, $"/reports/{report.Id}")).StatusCode);

        database.Stop();
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var health = await officer.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            output.WriteLine($"/health answered 503 in {stopwatch.ElapsedMilliseconds} ms");

            stopwatch.Restart();
            var read = await officer.GetAsync("/api/v1/regions");
            stopwatch.Stop();
            await AssertUnavailableAsync(read);
            output.WriteLine($"GET /api/v1/regions answered 503 in {stopwatch.ElapsedMilliseconds} ms (after EF's retries)");
            // EF's retries are short: the caller hears within seconds, not after a long hang.
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"The 503 took {stopwatch.Elapsed}.");

            await AssertUnavailableAsync(await PutAsync(officer, report.Id, etag, WithAchievement("Во время остановки базы.")));
            await AssertUnavailableAsync(await officer.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoUsers.AnalystEmail, password = DemoUsers.Password }));

            // A page (its prerender reads the report): a page that says so and loads itself again, not JSON.
            var page = await PageAsync(browser, $"/reports/{report.Id}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"database-unavailable\"", html, StringComparison.Ordinal);
            Assert.Contains("База данных временно недоступна", html, StringComparison.Ordinal);
            Assert.Contains($"<meta http-equiv=\"refresh\" content=\"{DatabaseUnavailablePage.ReloadSeconds}\" />", html, StringComparison.Ordinal);
        }
        finally
        {
            database.Start();
        }

        var back = Stopwatch.StartNew();
        await WaitUntilAsync(async () => (await officer.GetAsync("/health")).StatusCode == HttpStatusCode.OK, "/health did not turn healthy");
        output.WriteLine($"/health healthy {back.ElapsedMilliseconds} ms after the server was started again");
        var saved = await PutAsync(officer, report.Id, etag, WithAchievement("После возвращения базы."));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stored = (await officer.GetFromJsonAsync<ReportDto>($"/api/v1/reports/{report.Id}", JsonDefaults.Options))!;
        Assert.Equal("После возвращения базы.", Assert.Single(stored.Achievements).Text);

        var notifier = app.Services.GetRequiredService<PostgresReportChangeNotifier>();
        await WaitUntilAsync(() => Task.FromResult(notifier.IsListening), "the change listener did not reconnect");
        output.WriteLine($"change listener back {back.ElapsedMilliseconds} ms after the server was started again");
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.Equal(ProblemDetailsExceptionHandler.DatabaseUnavailable, problem.Title);
        Assert.Equal(503, problem.Status);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    private static Task<HttpResponseMessage> PageAsync(HttpClient browser, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return browser.SendAsync(request);
    }

    private static Task WaitUntilAsync(Func<Task<bool>> condition, string failure) =>
        Eventually.WaitUntilAsync(condition, Recovery, failure, pollMilliseconds: 250);

    private static async Task<HttpClient> SignedInAsync(HttpClient client, string email)
    {
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoUsers.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<TokenResponse>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    private static async Task<(ReportDto Report, EntityTagHeaderValue ETag)> DraftAsync(HttpClient client, string city)
    {
        var municipality = (await client.GetFromJsonAsync<List<MunicipalityDto>>(
            $"/api/v1/municipalities?search={Uri.EscapeDataString(city)}", JsonDefaults.Options))!.Single(m => m.Name == city);
        var response = await client.GetAsync($"/api/v1/municipalities/{municipality.Id}/reports/2025");
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<ReportDto>(JsonDefaults.Options))!, response.Headers.ETag!);
    }

    private sealed record TokenResponse(string AccessToken);
}
