using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests;

/// <summary>
/// Every page, as the role that uses it, on a laptop (1366 px) and on a phone (390 px): a whole-page screenshot
/// in screenshots/pass/&lt;width&gt;/ for a human to look at, and two checks a picture cannot be trusted for:
/// the page's h1 is visible, and on the phone the document never scrolls sideways (wide tables scroll in their
/// own container). One test per role and width signs in once and visits its pages; it reports every page that
/// failed, not just the first.
/// </summary>
[Collection(ScreenshotPassCollection.Name)]
public sealed class ScreenshotPassTests(BrowserFixture browser)
{
    private const int PhoneHeight = 844;
    private const string Anonymous = "";

    // The layout asks the browser for the theme (mpPortal.prefersDark) on its first interactive render: that call
    // tells the test the circuit is up and the page has rendered interactively, without knowing any component.
    private const string InteractiveProbe = """
        (() => {
            let portal;
            Object.defineProperty(window, 'mpPortal', {
                configurable: true,
                get: () => portal,
                set: value => {
                    const prefersDark = value.prefersDark;
                    value.prefersDark = (...args) => { window.__mpInteractive = true; return prefersDark(...args); };
                    portal = value;
                },
            });
        })();
        """;

    public static TheoryData<int, string> WidthsAndRoles()
    {
        var data = new TheoryData<int, string>();
        foreach (var width in new[] { 1366, 390 })
        {
            foreach (var role in new[] { Anonymous, Roles.Analyst, Roles.PressOfficer, Roles.Administrator })
            {
                data.Add(width, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WidthsAndRoles))]
    public async Task EveryPage_HasAVisibleH1_AndNoSidewaysScrollOnAPhone(int width, string role)
    {
        var shots = await ShotsForAsync(role);
        var page = await browser.NewPageAsync(width, width < 600 ? PhoneHeight : 900);
        await page.Context.AddInitScriptAsync(InteractiveProbe);
        if (role != Anonymous)
        {
            await page.GotoAsync("/login");
            await LoginForm.SubmitAsync(page, EmailOf(role), DemoUsers.Password);
            await Expect(page.GetByTestId("main-nav")).ToBeAttachedAsync();
        }

        var problems = new List<string>();
        foreach (var (name, path) in shots)
        {
            try
            {
                await OpenAsync(page, path, interactive: path != "/login");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();
            }
            catch (PlaywrightException e)
            {
                problems.Add($"{name} ({path}): no visible h1 — {e.Message.Split('\n')[0]}");
            }

            if (width < 600)
            {
                var overflow = await SidewaysOverflowAsync(page, width);
                if (overflow is not null)
                {
                    problems.Add($"{name} ({path}): the document scrolls sideways — {overflow}");
                }
            }

            await BrowserFixture.ScreenshotAsync(page, $"pass/{width}/{name}");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private async Task<IReadOnlyList<(string Name, string Path)>> ShotsForAsync(string role)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var municipalities = await scope.ServiceProvider.GetRequiredService<MunicipalityService>().ListAsync(new MunicipalityQuery());
        var city = municipalities.Single(m => m.Slug == DemoGeography.Blagoveshchensk);
        var analyst = new Actor(DemoDataSeeder.AnalystUserId, "Аналитик", Roles.Analyst, null);
        var report = await scope.ServiceProvider.GetRequiredService<ReportService>()
            .GetByMunicipalityAndYearAsync(analyst, city.Id, DemoDataSeeder.FirstYear);

        return role switch
        {
            Anonymous => [("login", "/login"), ("not-found", "/no-such-page")],
            Roles.Analyst =>
            [
                ("home", "/"),
                ("reports", "/reports"),
                ("report", $"/reports/{report!.Id}"),
                ("municipalities", "/municipalities"),
                ("municipality", $"/municipalities/{city.Id}"),
                ("years", "/years"),
                ("year", $"/years/{DemoDataSeeder.LastYear}"),
                ("compare", "/compare"),
                ("ranking", "/ranking"),
                ("narratives", "/narratives"),
                ("search", "/search?q=" + Uri.EscapeDataString("пресс-релиз")),
            ],
            Roles.PressOfficer =>
            [
                ("my", "/my"),
                ("report-form", $"/reports/{city.Id}/{DemoDataSeeder.LastYear}"),
                ("import", "/import"),
            ],
            _ =>
            [
                ("admin-municipalities", "/admin/municipalities"),
                ("admin-users", "/admin/users"),
                ("admin-indicators", "/admin/indicators"),
                ("admin-years", "/admin/years"),
                ("admin-audit", "/admin/audit"),
            ],
        };
    }

    private static string EmailOf(string role) => role switch
    {
        Roles.Analyst => DemoUsers.AnalystEmail,
        Roles.PressOfficer => DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk),
        _ => DemoUsers.AdminEmail,
    };

    /// <summary>A full load of the page, then (for the interactive ones) the circuit's render and its data.</summary>
    private static async Task OpenAsync(IPage page, string path, bool interactive)
    {
        // A full load: a new window, so the probe starts again unset.
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (interactive)
        {
            await page.WaitForFunctionAsync("() => window.__mpInteractive === true");
        }

        // Grids and charts show a progress bar while their data comes.
        await Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
    }

    /// <summary>Null when the document fits the width; otherwise how wide it is and which elements stick out.</summary>
    private static async Task<string?> SidewaysOverflowAsync(IPage page, int width) =>
        await page.EvaluateAsync<string?>(
            """
            width => {
                const scrollWidth = document.documentElement.scrollWidth;
                if (scrollWidth <= width + 1) {
                    return null;
                }
                const describe = e => e.tagName.toLowerCase()
                    + (e.id ? '#' + e.id : '')
                    + (e.getAttribute('data-testid') ? `[data-testid=${e.getAttribute('data-testid')}]` : '')
                    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).slice(0, 3).join('.') : '');
                // The outermost elements whose right edge passes the viewport: where the overflow starts.
                const wide = [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1);
                return `scrollWidth ${scrollWidth}; ` + wide.slice(0, 4).map(describe).join(', ');
            }
            """,
            width);
}
