using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests;

/// <summary>The shell's menu offers each role the places it may use, and nothing else.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture browser)
{
    private static readonly string[] Everyone =
        ["Муниципалитеты", "Отчёты", "Сравнение", "Рейтинг", "Тексты рядом", "Поиск по отчётам", "API"];

    private static readonly string[] AllItems =
    [
        .. Everyone, "Мой отчёт", "Сдача отчётов", "Импорт отчётов", "Администрирование",
        "Города и регионы", "Пользователи", "Показатели", "Отчётные годы", "Журнал изменений",
    ];

    public static TheoryData<string, string[]> MenuByRole() => new()
    {
        { DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk), [.. Everyone, "Мой отчёт", "Импорт отчётов"] },
        { DemoUsers.AnalystEmail, [.. Everyone, "Сдача отчётов"] },
        {
            DemoUsers.AdminEmail,
            [.. Everyone, "Сдача отчётов", "Импорт отчётов", "Администрирование", "Города и регионы", "Пользователи",
                "Показатели", "Отчётные годы", "Журнал изменений"]
        },
    };

    [Theory]
    [MemberData(nameof(MenuByRole))]
    public async Task Menu_ShowsWhatTheRoleMayUse(string email, string[] expected)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/municipalities");
        await LoginForm.SubmitAsync(page, email, DemoUsers.Password);
        var menu = page.GetByTestId("main-nav");
        await Expect(menu.GetByText("Муниципалитеты", new() { Exact = true })).ToBeVisibleAsync();

        foreach (var item in AllItems)
        {
            var entry = menu.GetByText(item, new() { Exact = true });
            if (expected.Contains(item))
            {
                await Expect(entry).ToBeVisibleAsync();
            }
            else
            {
                await Expect(entry).ToHaveCountAsync(0);
            }
        }
    }

    [Fact]
    public async Task PressOfficer_FollowsMyReport_FromTheMenu()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/municipalities");
        await LoginForm.SubmitAsync(page, DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk), DemoUsers.Password);
        // Back on the page asked for after signing in: a click during that navigation would be lost with it.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/municipalities$"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.GetByTestId("main-nav").GetByText("Мой отчёт", new() { Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Мой отчёт", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "30-menu-press-officer");
    }

    /// <summary>
    /// The drawer as MudDrawer's responsive variant: on a phone it is closed, covers the page when opened and closes on
    /// a click beside it or on the next place; from 960 px it stands beside the page until hidden.
    /// </summary>
    [Fact]
    public async Task Drawer_CoversThePageOnlyWhenOpenedOnAPhone_AndStandsBesideItWhenWide()
    {
        var page = await AnalystOnAPhoneAsync();
        var toggle = page.GetByTestId("nav-toggle");
        var drawer = page.GetByTestId("drawer");
        await Expect(drawer).Not.ToBeInViewportAsync();

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(drawer).ToBeInViewportAsync(new() { Ratio = 1 });
        await BrowserFixture.ScreenshotAsync(page, "31-menu-phone-open");

        // A click beside the drawer closes it.
        await page.Mouse.ClickAsync(370, 500);
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(drawer).Not.ToBeInViewportAsync();

        // Picking a place closes it too.
        await toggle.ClickAsync();
        await page.GetByTestId("main-nav").GetByText("Рейтинг", new() { Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ranking$"));
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(drawer).Not.ToBeInViewportAsync();

        // Wide: beside the page, which makes room for it; hidden and shown again by the same button.
        await page.SetViewportSizeAsync(1366, 900);
        var content = page.Locator(".mp-content");
        await Expect(drawer).ToBeInViewportAsync(new() { Ratio = 1 });
        var beside = $"{(await drawer.BoundingBoxAsync())!.Width:0}px";
        await Expect(content).ToHaveCSSAsync("margin-left", beside);
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(drawer).Not.ToBeInViewportAsync();
        await Expect(content).ToHaveCSSAsync("margin-left", "0px");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(drawer).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(content).ToHaveCSSAsync("margin-left", beside);
        await BrowserFixture.ScreenshotAsync(page, "32-menu-wide");
    }

    /// <summary>
    /// The theme switch changes the palette of the live page (the theme's style is shared markup, rendered once per
    /// palette) and the choice is the browser's: it holds after a reload.
    /// </summary>
    [Fact]
    public async Task ThemeSwitch_ChangesThePalette_AndTheChoiceHoldsAfterAReload()
    {
        var page = await AnalystOnAPhoneAsync();
        var theme = page.GetByTestId("theme-toggle");
        var body = page.Locator("body");
        await Expect(body).ToHaveCSSAsync("background-color", "rgb(245, 247, 250)");

        await theme.ClickAsync();
        await Expect(theme).ToHaveAttributeAsync("aria-label", "Светлая тема");
        await Expect(body).ToHaveCSSAsync("background-color", "rgb(14, 20, 28)");
        await BrowserFixture.ScreenshotAsync(page, "33-dark-phone");

        await page.ReloadAsync();
        await Expect(page.GetByTestId("nav-toggle")).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(theme).ToHaveAttributeAsync("aria-label", "Светлая тема");
        await Expect(body).ToHaveCSSAsync("background-color", "rgb(14, 20, 28)");

        await theme.ClickAsync();
        await Expect(theme).ToHaveAttributeAsync("aria-label", "Тёмная тема");
        await Expect(body).ToHaveCSSAsync("background-color", "rgb(245, 247, 250)");
    }

    /// <summary>
    /// The analyst signed in on a 390 px phone, on an interactive page: the layout has asked the browser for its
    /// width, so the phone's drawer is closed (the prerendered page says it is open).
    /// </summary>
    private async Task<IPage> AnalystOnAPhoneAsync()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/municipalities");
        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, DemoUsers.Password);
        await Expect(page.GetByTestId("nav-toggle")).ToHaveAttributeAsync("aria-expanded", "false");
        return page;
    }
}
