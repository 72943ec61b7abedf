using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Accounts;
using MunicipalPress.Application.Users;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;
using Serilog.Core;
using Serilog.Events;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>
/// A refused sign-in answers the same whatever the reason (unknown e-mail, wrong password, locked out,
/// disabled), through the API and on the login page, so it does not tell who has an account. The lockout
/// itself still applies.
/// </summary>
[Collection(StaticLoggerCollection.Name)]
public sealed class SignInFailureTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    private const string Password = "Locked-Account-2025!";

    [Fact]
    public async Task ApiLogin_UnknownWrongLockedDisabled_AnswerAlike()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var locked = await CreateAsync(admin, "locked.analyst@city.example");
        var disabled = await CreateAsync(admin, "disabled.analyst@city.example");
        await admin.PutAsJsonAsync($"/api/v1/users/{disabled.Id}", new { displayName = "x", role = "Analyst", isDisabled = true });
        var sink = new CollectingSink();
        await using var logged = app.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink)));
        using var client = logged.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = locked.Email, password = "wrong-password-123" });
        }

        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var (email, password) in new[]
                 {
                     ("nobody@city.example", Password),
                     ("analyst@demo.local", "wrong-password-123"),
                     (locked.Email, Password),
                     (disabled.Email, Password),
                 })
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
            // Everything but the trace id, which differs per request.
            var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
            answers.Add((response.StatusCode, string.Join("|", problem!.Where(p => p.Key != "traceId").Select(p => $"{p.Key}={p.Value}"))));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.DoesNotContain("Locked", answers[0].Body, StringComparison.OrdinalIgnoreCase);
        var users = await admin.GetFromJsonAsync<List<UserDto>>("/api/v1/users", JsonDefaults.Options);
        Assert.True(users!.Single(u => u.Id == locked.Id).IsLockedOut, "five wrong passwords still lock the account");
        Assert.Contains(sink.Events, e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.Contains("locked out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoginPage_UnknownWrongLockedDisabled_SameOutcome()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var locked = await CreateAsync(admin, "locked.page@city.example");
        var disabled = await CreateAsync(admin, "disabled.page@city.example");
        await admin.PutAsJsonAsync($"/api/v1/users/{disabled.Id}", new { displayName = "x", role = "Analyst", isDisabled = true });
        var outcomes = new List<SignInOutcome>();
        async Task<SignInOutcome> SignInAsync(string email, string password)
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<IAccountSignIn>().SignInAsync(email, password, remember: false);
        }

        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(locked.Email, "wrong-password-123");
        }

        outcomes.Add(await SignInAsync("nobody@city.example", Password));
        outcomes.Add(await SignInAsync("analyst@demo.local", "wrong-password-123"));
        outcomes.Add(await SignInAsync(locked.Email, Password));
        outcomes.Add(await SignInAsync(disabled.Email, Password));

        Assert.All(outcomes, o => Assert.Equal(SignInOutcome.Failed, o));
        var users = await admin.GetFromJsonAsync<List<UserDto>>("/api/v1/users", JsonDefaults.Options);
        Assert.True(users!.Single(u => u.Id == locked.Id).IsLockedOut);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IEnumerable<LogEvent> Events => _events;

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
    }

    private static async Task<UserDto> CreateAsync(HttpClient admin, string email)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = email, role = "Analyst", password = Password });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<UserDto>(JsonDefaults.Options))!;
    }
}
