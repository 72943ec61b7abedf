using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.ReportForm;

/// <summary>
/// Leaving the form through the app's own links: what was typed is saved on the way out; when it cannot be saved
/// (here another editor saved first) the form asks before leaving, and staying keeps the text.
/// </summary>
[Collection(ReportFormCollection.Name)]
public sealed class LeavingTheFormTests(BrowserFixture browser)
{
    [Fact]
    public async Task LeavingByTheMenu_SavesFirst_AndAsksWhenTheSaveIsRefused()
    {
        // Петропавловск-Камчатский has no 2025 report in the demo: its press officer starts one.
        var form = await ReportFormPage.SignInAsync(browser, DemoUsers.PressOfficerEmail("petropavlovsk-kamchatsky"), "/my");
        var page = form.Page;
        await form.WaitHomeInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Начать отчёт" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Начать отчёт" }).ClickAsync();
        await form.WaitEditableAsync();
        var formUrl = page.Url;
        var menu = page.GetByTestId("main-nav");

        // Typed and gone at once, before the autosave's pause: the text is saved on the way out.
        const string typedBeforeLeaving = "Открыт пресс-центр для городских и краевых журналистов.";
        await form.AddAchievementAsync("Взаимодействие со СМИ", typedBeforeLeaving);
        await menu.GetByText("Муниципалитеты", new() { Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/municipalities$"));
        await page.GotoAsync(formUrl);
        await form.WaitEditableAsync();
        await Expect(form.Achievements.First.GetByLabel("Текст")).ToHaveValueAsync(typedBeforeLeaving);

        // A second editor saves first; this form's version is stale, so its save on leaving is refused.
        var other = await ReportFormPage.SignInAsync(browser, DemoUsers.PressOfficerEmail("petropavlovsk-kamchatsky"), formUrl);
        await other.WaitEditableAsync();
        var edits = await other.EditsAsync();
        await other.Achievements.First.GetByLabel("Текст").FillAsync("Вторая вкладка уточнила текст.");
        await other.WaitSavedAsync(edits);

        const string unsaved = "Этот абзац ещё не сохранён на сервере.";
        await form.Achievements.First.GetByLabel("Текст").FillAsync(unsaved);
        await menu.GetByText("Муниципалитеты", new() { Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Изменения не сохранены" });
        await Expect(dialog).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "form-30-leave-confirm");

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Остаться" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal(formUrl, page.Url);
        await Expect(form.Achievements.First.GetByLabel("Текст")).ToHaveValueAsync(unsaved);

        // Asked again, the user chooses to leave: the app lets them go.
        await menu.GetByText("Муниципалитеты", new() { Exact = true }).ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Уйти" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/municipalities$"));
    }
}
