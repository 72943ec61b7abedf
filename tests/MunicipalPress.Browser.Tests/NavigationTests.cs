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
}
