using Microsoft.Playwright;

namespace MunicipalPress.Browser.Tests;

/// <summary>The Russian login page (the default language), as a user fills it in.</summary>
public static class LoginForm
{
    public static async Task SubmitAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Электронная почта").FillAsync(email);
        await page.GetByLabel("Пароль", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
    }
}
