using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FigureChecksReviewTests(BrowserFixture browser)
{
    [Fact]
    public async Task Analyst_SeesFiguresToCheckPerCity_ReportViewListsThemFirst()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/years/2024");
        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, DemoUsers.Password);

        // Of the demo's 2024 reports only Irkutsk's has a figure worth a look (an unusually low value for its size).
        var list = page.GetByTestId("completeness-list");
        await Expect(list.GetByRole(AriaRole.Columnheader, new() { Name = "Цифры к проверке" }).First).ToBeVisibleAsync();
        var irkutsk = RowOf(list, "Иркутск");
        await Expect(irkutsk.GetByTestId("figures-to-check")).ToHaveTextAsync("1");
        await Expect(RowOf(list, "Томск").GetByTestId("figures-to-check")).ToHaveTextAsync("0");
        await BrowserFixture.ScreenshotAsync(page, "24-completeness-figures-to-check");

        await irkutsk.GetByRole(AriaRole.Link, new() { Name = "Открыть отчёт" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Иркутск: отчёт за 2024 год");
        var checks = page.GetByTestId("report-checks");
        await Expect(checks.GetByRole(AriaRole.Heading, new() { Name = "Цифры к проверке (1)" })).ToBeVisibleAsync();
        await Expect(checks.GetByTestId("figure-flag")).ToHaveCountAsync(1);
        await Expect(checks.GetByTestId("figure-flag")).ToContainTextAsync("Проверить");
        await Expect(checks.GetByTestId("figure-flag")).ToContainTextAsync(new Regex(@"на 10\s000 жителей — меньше, чем обычно в регионе"));
        await BrowserFixture.ScreenshotAsync(page, "25-report-figures-to-check");
    }

    private static ILocator RowOf(ILocator scope, string municipality) =>
        scope.Locator("tbody tr").Filter(new() { Has = scope.Page.GetByRole(AriaRole.Link, new() { Name = municipality, Exact = true }) });
}
