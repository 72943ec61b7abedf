using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.ReportForm;

[Collection(ReportFormCollection.Name)]
public sealed class TwoEditorsTests(BrowserFixture browser)
{
    [Fact]
    public async Task TwoEditors_OnOneDraft_SeeTheConflict_KeepMineThenTakeTheirs()
    {
        // Angarsk's 2025 report is a draft with three achievements; two browsers open it as its press officer.
        var first = await ReportFormPage.SignInAsync(browser, DemoUsers.PressOfficerEmail("angarsk"), "/my");
        await first.WaitHomeInteractiveAsync();
        await first.Page.GetByRole(AriaRole.Link, new() { Name = "Продолжить отчёт" }).ClickAsync();
        await first.WaitEditableAsync();
        var second = await ReportFormPage.SignInAsync(browser, DemoUsers.PressOfficerEmail("angarsk"), first.Page.Url);
        await second.WaitEditableAsync();

        const string firstText = "Первый редактор переписал это достижение.";
        const string secondText = "Второй редактор уточнил работу в соцсетях.";
        var edits = await first.EditsAsync();
        await first.Achievements.Nth(0).GetByLabel("Текст").FillAsync(firstText);
        await first.WaitSavedAsync(edits);

        // The second editor still has the old version: their save is refused and the differences are shown.
        await second.Achievements.Nth(1).GetByLabel("Текст").FillAsync(secondText);
        await Expect(second.Conflict).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(second.SaveStatus).ToHaveTextAsync("Не сохранено: отчёт изменил другой пользователь");
        var rows = second.Conflict.GetByRole(AriaRole.Row);
        await Expect(rows.Filter(new() { HasText = "№ 1" })).ToContainTextAsync(firstText);
        await Expect(rows.Filter(new() { HasText = "№ 2" })).ToContainTextAsync(secondText);
        await BrowserFixture.ScreenshotAsync(second.Page, "form-20-conflict");

        // Keep mine: the second editor's whole version is saved over the first one's.
        edits = await second.EditsAsync();
        await second.Conflict.GetByRole(AriaRole.Button, new() { Name = "Оставить мою версию" }).ClickAsync();
        await Expect(second.Conflict).ToHaveCountAsync(0);
        await second.WaitSavedAsync(edits);

        // The first editor types on and meets the conflict in turn; they take the saved version.
        await first.Achievements.Nth(2).GetByLabel("Текст").FillAsync("Третье достижение от первого редактора.");
        await Expect(first.Conflict).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await first.Conflict.GetByRole(AriaRole.Button, new() { Name = "Взять сохранённую" }).ClickAsync();
        await Expect(first.Conflict).ToHaveCountAsync(0);
        await Expect(first.Achievements.Nth(1).GetByLabel("Текст")).ToHaveValueAsync(secondText);
        await Expect(first.Achievements.Nth(0).GetByLabel("Текст")).Not.ToHaveValueAsync(firstText);
        await Expect(first.SaveStatus).ToHaveTextAsync("Все изменения сохранены");

        // Nothing was overwritten silently: a fresh load shows exactly the version kept.
        await first.Page.ReloadAsync();
        await first.WaitEditableAsync();
        await Expect(first.Achievements.Nth(1).GetByLabel("Текст")).ToHaveValueAsync(secondText);
        await Expect(first.Achievements.Nth(2).GetByLabel("Текст")).Not.ToHaveValueAsync("Третье достижение от первого редактора.");
    }
}
