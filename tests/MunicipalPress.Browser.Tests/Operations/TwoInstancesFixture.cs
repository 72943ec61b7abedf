using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MunicipalPress.Browser.Tests.Operations;

/// <summary>
/// A deployment in miniature for the operations journeys (issue 12): two instances of the app on Kestrel
/// (127.0.0.1, free ports) on one database of a PostgreSQL server this collection owns, so a test may stop and
/// start it without touching the other collections, and the headless system Chromium.
/// </summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _apps = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PrivateDatabaseServer Database { get; } = new();

    public Uri First { get; private set; } = default!;

    public Uri Second { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        First = Start();
        Second = Start();
        (_playwright, _browser) = await BrowserFixture.LaunchChromiumAsync();
    }

    /// <summary>A page of <paramref name="instance"/> in a fresh browser context (its own cookies), on a laptop screen.</summary>
    public async Task<IPage> NewPageAsync(Uri instance)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = instance.ToString(),
            ViewportSize = new() { Width = 1366, Height = 900 },
            Locale = "ru-RU",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    private Uri Start()
    {
        // Development, like the other browser tests (its static assets and login page); the database is seeded
        // already, so its start-up step finds nothing to do. Sessions are re-checked every 2 s, so an outage
        // meets the check of the account behind an open form.
        var app = AppInstance.On(Database.ConnectionString, settings: new Dictionary<string, string>
            {
                ["MunicipalPress:RevalidationSeconds"] = "2",
            })
            .WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        _apps.Add(app);
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        return new Uri(addresses.Addresses.First());
    }
}
