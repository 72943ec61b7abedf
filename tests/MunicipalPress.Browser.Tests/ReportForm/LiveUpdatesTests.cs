using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.ReportForm;

/// <summary>
/// The press officer keeps Seversk's 2025 draft open while an analyst and an administrator work on it in their own
/// browsers: the comment, the administrator's text and the status changes reach the officer's form without a reload.
/// </summary>
[Collection(ReportFormCollection.Name)]
public sealed class LiveUpdatesTests(BrowserFixture browser)
{
    private const string Comment = "Уточните, пожалуйста, число публикаций в СМИ.";
    private const string AdminText = "Администратор уточнил формулировку достижения.";
    private const string AdminSecondText = "Администратор переписал достижение ещё раз.";
    private const string OfficerTyping = " Пресс-служба дописывает это, пока администратор правит тот же абзац в другом окне.";

    [Fact]
    public async Task PressOfficer_SeesCommentsContentAndStatusOfOthers_WithoutReloading()
    {
        var officer = await ReportFormPage.SignInAsync(browser, DemoUsers.PressOfficerEmail(DemoGeography.Seversk), "/my");
        await officer.WaitHomeInteractiveAsync();
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Продолжить отчёт" }).ClickAsync();
        await officer.WaitEditableAsync();
        var reportUrl = officer.Page.Url;

        // The analyst comments in the Review tab: the officer is told who wrote, the tab counts it, the thread shows it.
        var analyst = await ReportFormPage.SignInAsync(browser, DemoUsers.AnalystEmail, reportUrl);
        await analyst.TabAsync("Замечания");
        await analyst.Page.GetByLabel("Ваш комментарий").FillAsync(Comment);
        await analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Отправить комментарий" }).ClickAsync();
        await Expect(officer.Page.GetByText("Новый комментарий — Аналитик ассоциации")).ToBeVisibleAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Tab, new() { Name = "Замечания (1)" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(officer.Page, "form-40-live-comment");
        await officer.TabAsync("Замечания");
        await Expect(officer.Page.GetByTestId("review-thread")).ToContainTextAsync(Comment);
        await officer.TabAsync("Достижения");

        // A second editor saves new text while the officer has nothing unsaved: the officer's form takes it in.
        var admin = await ReportFormPage.SignInAsync(browser, DemoUsers.AdminEmail, reportUrl);
        await admin.WaitEditableAsync();
        var edits = await admin.EditsAsync();
        await admin.Achievements.Nth(0).GetByLabel("Текст").FillAsync(AdminText);
        await admin.WaitSavedAsync(edits);
        var officerText = officer.Achievements.Nth(0).GetByLabel("Текст");
        await Expect(officerText).ToHaveValueAsync(AdminText);
        await Expect(officer.Page.GetByTestId("live-note")).ToContainTextAsync("изменения внёс другой участник — Администратор портала");
        await BrowserFixture.ScreenshotAsync(officer.Page, "form-41-live-update");

        // The officer types on for about 12 s (each keystroke postpones the autosave; the margin is for a loaded CI
        // machine) while the administrator saves again: a banner says so at once, nothing typed is lost, and the
        // save then meets the usual conflict view.
        var typing = officerText.PressSequentiallyAsync(OfficerTyping, new() { Delay = 150, Timeout = 60_000 });
        var adminText = admin.Achievements.Nth(0).GetByLabel("Текст");
        await Expect(adminText).ToHaveValueAsync(AdminText);
        edits = await admin.EditsAsync();
        await adminText.FillAsync(AdminSecondText);
        await adminText.PressAsync("Tab");
        await admin.WaitSavedAsync(edits);
        await Expect(officer.Page.GetByTestId("newer-version")).ToContainTextAsync("Администратор портала сохранил(а) более новую версию");
        await typing;
        await Expect(officerText).ToHaveValueAsync(AdminText + OfficerTyping);
        await Expect(officer.Conflict).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(officer.Page.GetByTestId("newer-version")).ToHaveCountAsync(0);
        edits = await officer.EditsAsync();
        await officer.Conflict.GetByRole(AriaRole.Button, new() { Name = "Оставить мою версию" }).ClickAsync();
        await officer.WaitSavedAsync(edits);

        // The administrator had nothing unsaved, so the officer's kept version arrives in their form in turn.
        await Expect(adminText).ToHaveValueAsync(AdminText + OfficerTyping);
        await Expect(admin.Page.GetByTestId("live-note")).ToContainTextAsync("изменения внёс другой участник — Пресс-служба, Северск");

        // The administrator submits: the officer's form turns read-only. The analyst, whose page shows the
        // submission without a reload, returns it: the officer's form is editable again, with the comment.
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Отправить на проверку" }).ClickAsync();
        await Expect(officer.Page.GetByText("Отчёт отправлен на проверку: Администратор портала")).ToBeVisibleAsync();
        await Expect(officer.Page.Locator(".mp-status")).ToContainTextAsync("Сдан");
        await Expect(officer.Page.GetByText("Отчёт отправлен на проверку: изменить его можно")).ToBeVisibleAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Добавить достижение" })).ToHaveCountAsync(0);

        await analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Вернуть на доработку" }).ClickAsync();
        var dialog = analyst.Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Что нужно исправить").FillAsync("Добавьте фотоотчёты.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Вернуть", Exact = true }).ClickAsync();
        await Expect(officer.Page.GetByText("Отчёт возвращён на доработку: Аналитик ассоциации")).ToBeVisibleAsync();
        await Expect(officer.Page.Locator(".mp-status")).ToContainTextAsync("Возвращён");
        await officer.WaitEditableAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Tab, new() { Name = "Замечания (2)" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(officer.Page, "form-42-live-returned");
        await Expect(officerText).ToHaveValueAsync(AdminText + OfficerTyping);
    }
}
