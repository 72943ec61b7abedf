using Microsoft.Playwright;
using MunicipalPress.Browser.Tests.ReportForm;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.Deployment;

/// <summary>
/// The deployment's topology without Docker (issue 12, docs/decisions/0025): nginx with the repository's proxy
/// configuration in front of two instances of the portal, each its own process in Production, on one PostgreSQL.
/// A press officer works through the proxy; the instance that holds her circuit hangs and is killed while she
/// types. The page carries on on the other instance: the circuit is gone, the page reloads there, she is still
/// signed in (the keys are in the database), the browser copy offers back what the dead instance never saved,
/// and it is saved.
/// </summary>
public sealed class ProxyFailoverTests : IAsyncLifetime
{
    private const string Saved = "Пресс-служба провела двенадцать встреч с редакциями района.";
    private const string Unsaved = " Этот текст набран, когда сервер уже не отвечал.";

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _consoleLines = new();
    private string _connectionString = string.Empty;
    private AppProcess[] _instances = [];
    private NginxProxy? _proxy;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabaseServer.CreateDatabaseAsync("mp_proxy");
        _instances = await Task.WhenAll(AppProcess.StartAsync(_connectionString), AppProcess.StartAsync(_connectionString));
        _proxy = await NginxProxy.StartAsync(_instances[0].BaseAddress, _instances[1].BaseAddress);
        _playwright = await Playwright.CreateAsync();
        // Three processes and a browser on a shared 2-core machine: the first circuit of a cold process takes seconds.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);
        _browser = await BrowserFixture.LaunchChromiumAsync(_playwright);
    }

    [Fact]
    public async Task InstanceKilledMidJourney_UserCarriesOnOnTheOther_TypedTextIsSaved()
    {
        try
        {
            await JourneyAsync();
        }
        catch (Exception ex) when (ex is PlaywrightException or Xunit.Sdk.XunitException or TimeoutException)
        {
            // Three processes took part: what each of them logged is what explains the failure.
            throw new InvalidOperationException($"{ex.Message}\n{Diagnostics()}", ex);
        }
    }

    private async Task JourneyAsync()
    {
        var context = await _browser!.NewContextAsync(new() { BaseURL = _proxy!.BaseAddress.ToString(), Locale = "ru-RU" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => _consoleLines.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => _consoleLines.Enqueue($"page error: {error}");
        var form = new ReportFormPage(page);

        await page.GotoAsync("/my");
        await LoginForm.SubmitAsync(page, DemoUsers.PressOfficerEmail("bratsk"), DemoUsers.Password);
        await Expect(page.GetByTestId("my-current")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByRole(AriaRole.Link, new() { Name = "Продолжить отчёт" }).ClickAsync();
        await form.WaitEditableAsync();

        // Sticky sessions: the circuit's negotiation went to one instance, and everything of this browser goes there.
        var serving = InstanceAt(_proxy.UpstreamsOf("/_blazor/negotiate")[^1]);
        var other = _instances.Single(instance => instance != serving);
        var text = form.Achievements.First.GetByLabel("Текст");
        var edits = await form.EditsAsync();
        await text.FillAsync(Saved);
        await form.WaitSavedAsync(edits);
        Assert.All(_proxy.UpstreamsOf("/_blazor/negotiate"), upstream => Assert.Equal(serving, InstanceAt(upstream)));

        // The instance hangs (it reads nothing more), she goes on typing, and then it dies without a word.
        serving.Freeze();
        await text.PressSequentiallyAsync(Unsaved);
        await Expect(text).ToHaveValueAsync(Saved + Unsaved);
        serving.Kill();

        // The circuit is lost with it; the reconnect reaches the other instance, which does not know the circuit,
        // so the page reloads there: still signed in, and the browser's copy offers back the unsaved sentence.
        var offer = page.GetByTestId("local-copy");
        await Expect(offer).ToContainTextAsync("В этом браузере есть несохранённый текст", new() { Timeout = 60_000 });
        await BrowserFixture.ScreenshotAsync(page, "deploy-10-restore-offer-after-failover");
        Assert.Equal(other, InstanceAt(_proxy.UpstreamsOf("/_blazor/negotiate")[^1]));
        Assert.DoesNotContain("/login", page.Url, StringComparison.Ordinal);

        var editsBeforeRestore = await form.EditsAsync();
        await offer.GetByRole(AriaRole.Button, new() { Name = "Восстановить мой текст" }).ClickAsync();
        await form.WaitEditableAsync();
        await Expect(form.Achievements.First.GetByLabel("Текст")).ToHaveValueAsync(Saved + Unsaved);
        await form.WaitSavedAsync(editsBeforeRestore);

        // Saved on the surviving instance: a fresh page shows it, with nothing left to restore.
        await page.ReloadAsync();
        await form.WaitEditableAsync();
        await Expect(form.Achievements.First.GetByLabel("Текст")).ToHaveValueAsync(Saved + Unsaved);
        await Expect(page.GetByTestId("local-copy")).ToHaveCountAsync(0);
        Assert.False(other.HasExited);
        await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await TestDatabaseServer.DropDatabaseAsync(_connectionString);
    }

    private string Diagnostics()
    {
        static string Tail(string text) => text.Length > 4000 ? text[^4000..] : text;
        var access = File.Exists(_proxy!.AccessLog) ? Tail(File.ReadAllText(_proxy.AccessLog)) : "(none)";
        return $"browser console:\n{string.Join('\n', _consoleLines)}\nnginx access log:\n{access}\nnginx error log:\n{Tail(_proxy.ReadErrorLog())}\n"
            + string.Join("\n", _instances.Select(i => $"instance {i.BaseAddress}:\n{Tail(i.Output)}"));
    }

    private AppProcess InstanceAt(string upstream) =>
        _instances.SingleOrDefault(instance => instance.BaseAddress.Authority == upstream)
        ?? throw new InvalidOperationException($"nginx sent the request to {upstream}, which is none of the instances.");
}
