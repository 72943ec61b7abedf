using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MunicipalPress.Browser.Tests;

/// <summary>
/// One real app on Kestrel (127.0.0.1, a free port) over its own copy of the demo database, and one
/// headless system Chromium, shared by the browser tests. Each test opens its own browser context, so
/// cookies (sign-in, language) never leak from one test into another.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly BrowserTestApp _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The app's services, for a test to look up what it is about to open (an id, a report).</summary>
    public IServiceProvider Services => _app.Services;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        BaseAddress = new Uri(addresses.Addresses.First());

        (_playwright, _browser) = await LaunchChromiumAsync();
    }

    /// <summary>Playwright and the headless system Chromium, as every browser fixture starts them.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchChromiumAsync()
    {
        var playwright = await Playwright.CreateAsync();
        // The browser collections run side by side, each with its own server and database, on a 2-core CI
        // machine: a step that takes 1 s alone can take several. Waiting longer costs nothing when things pass.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);
        // The system Chromium: no browser download works here, so never `playwright install`.
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>A page in a fresh browser context: a laptop screen by default, or a phone's (390 × 844).</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = "ru-RU",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A whole-page screenshot in the repository's screenshots/ folder (git-ignored), for a human to look at.</summary>
    /// <param name="name">The file name without .png; may contain a sub-folder ("pass/390/reports").</param>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(RepositoryRoot(), "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The document scrolls; the shell's bar and menu are fixed to the viewport. Grow the viewport to the
        // document's height for the shot, so the menu reaches the bottom and nothing is cut off.
        var viewport = page.ViewportSize!;
        var height = await page.EvaluateAsync<int>(
            "() => Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))");
        await page.SetViewportSizeAsync(viewport.Width, Math.Max(viewport.Height, height));
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MunicipalPress.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
