using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task Anonymous_OpensReport_IsSentToLogin_WrongPasswordShowsError()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/reports/1");
        await Expect(page).ToHaveURLAsync(new Regex(@"/login\?ReturnUrl=%2Freports%2F1$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Вход", Exact = true, Level = 1 })).ToBeVisibleAsync();

        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, "Not-The-Password-1");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Неверная почта или пароль.");
        await Expect(page).ToHaveURLAsync(new Regex("/login"));
        await Expect(page.GetByLabel("Электронная почта")).ToHaveValueAsync(DemoUsers.AnalystEmail);
        await BrowserFixture.ScreenshotAsync(page, "08-login-error");
    }
}
