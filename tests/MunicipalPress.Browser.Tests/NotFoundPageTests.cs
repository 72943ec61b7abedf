using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class NotFoundPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task UnknownAddress_ShowsAFriendlyPageWith404()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        // The page must survive the interactive router taking over (it once replaced the page with "Not found").
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Страница не найдена", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "На главную" })).ToBeVisibleAsync();
    }
}
