using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.ReportForm;

[Collection(ReportFormCollection.Name)]
public sealed class ReviewJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Report_SubmittedReturnedResubmittedApproved_BetweenPressOfficerAndAnalyst()
    {
        // Yakutsk has no 2025 report: the press officer starts it and tries to submit it empty first.
        var officer = await ReportFormPage.SignInAsync(browser, DemoUsers.PressOfficerEmail("yakutsk"));
        await officer.WaitHomeInteractiveAsync();
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Начать отчёт" }).ClickAsync();
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Начать отчёт" }).ClickAsync();
        await officer.WaitEditableAsync();
        var reportUrl = officer.Page.Url;

        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Отправить на проверку" }).ClickAsync();
        await Expect(officer.Errors).ToContainTextAsync("Нужно хотя бы одно достижение.");
        await BrowserFixture.ScreenshotAsync(officer.Page, "form-10-submit-errors");
        await officer.Errors.GetByRole(AriaRole.Button, new() { Name = "Достижения" }).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Добавить достижение" })).ToBeFocusedAsync();

        var edits = await officer.EditsAsync();
        await officer.AddAchievementAsync("Официальный сайт", "Сайт переведён на новую платформу.\nДобавлена версия для слабовидящих.");
        await officer.WaitSavedAsync(edits);
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Отправить на проверку" }).ClickAsync();
        await Expect(officer.Page.GetByTestId("deadline").Locator("..")).ToContainTextAsync("Сдан");
        // The demo's open campaign has its deadline ahead: sent in time.
        await Expect(officer.Page.Locator(".mp-status")).Not.ToContainTextAsync("с опозданием");
        await Expect(officer.Page.GetByText("Отчёт отправлен на проверку: изменить его можно")).ToBeVisibleAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(officer.Page, "form-11-submitted");

        // The analyst returns it: the dialog insists on a comment.
        var analyst = await ReportFormPage.SignInAsync(browser, DemoUsers.AnalystEmail, reportUrl);
        await Expect(analyst.Heading).ToHaveTextAsync("Якутск: отчёт за 2025 год");
        await analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Вернуть на доработку" }).ClickAsync();
        var dialog = analyst.Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Вернуть", Exact = true }).ClickAsync();
        await Expect(dialog).ToContainTextAsync("Напишите, что нужно исправить.");
        await dialog.GetByLabel("Что нужно исправить").FillAsync("Добавьте, пожалуйста, показатели по сайту.");
        await BrowserFixture.ScreenshotAsync(analyst.Page, "form-12-return-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Вернуть", Exact = true }).ClickAsync();
        await Expect(analyst.Page.Locator(".mp-status")).ToContainTextAsync("Возвращён");

        // The officer finds the comment on the home page, answers by editing, and resubmits.
        await officer.Page.GotoAsync("/my");
        var waiting = officer.Page.GetByTestId("my-waiting");
        await Expect(waiting).ToContainTextAsync("Добавьте, пожалуйста, показатели по сайту.");
        await BrowserFixture.ScreenshotAsync(officer.Page, "form-13-my-waiting");
        await officer.PhoneScreenshotAsync("form-13-my-waiting-390");
        await officer.WaitHomeInteractiveAsync();
        await waiting.GetByRole(AriaRole.Link, new() { Name = "Перейти к отчёту и ответить" }).ClickAsync();
        await officer.WaitEditableAsync();
        await officer.TabAsync("Замечания");
        await Expect(officer.Page.GetByTestId("review-thread")).ToContainTextAsync("Добавьте, пожалуйста, показатели по сайту.");
        await officer.TabAsync("Показатели");
        edits = await officer.EditsAsync();
        await officer.IndicatorInput("Материалы на официальном сайте").FillAsync("4200");
        await officer.WaitSavedAsync(edits);
        await officer.TabAsync("Замечания");
        await officer.Page.GetByLabel("Ваш комментарий").FillAsync("Показатели по сайту добавлены.");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Отправить комментарий" }).ClickAsync();
        await Expect(officer.Page.GetByTestId("review-thread")).ToContainTextAsync("Показатели по сайту добавлены.");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Отправить повторно" }).ClickAsync();
        await Expect(officer.Page.Locator(".mp-status")).ToContainTextAsync("Сдан");

        // The analyst sees the resubmitted report and approves it.
        await analyst.Page.ReloadAsync();
        await Expect(analyst.Page.Locator(".mp-status")).ToContainTextAsync("Сдан");
        await analyst.TabAsync("Показатели");
        await Expect(analyst.Page.GetByTestId("indicator-form")).ToContainTextAsync(new Regex(@"4\s200"));
        await analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Утвердить" }).ClickAsync();
        var confirm = analyst.Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "После утверждения" });
        await Expect(confirm).ToContainTextAsync("После утверждения пресс-служба не сможет изменить отчёт.");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Утвердить" }).ClickAsync();
        await Expect(analyst.Page.Locator(".mp-status")).ToContainTextAsync("Утверждён");
        await analyst.TabAsync("История");
        var history = analyst.Page.GetByTestId("history");
        await Expect(history).ToContainTextAsync("Утверждён");
        await Expect(history).ToContainTextAsync("Возвращён на доработку");
        await Expect(history).ToContainTextAsync("Статус: Сдан → Утверждён");
        await BrowserFixture.ScreenshotAsync(analyst.Page, "form-14-approved-history");

        await officer.Page.ReloadAsync();
        await Expect(officer.Page.GetByText("Отчёт утверждён. Изменить его можно")).ToBeVisibleAsync();

        // The form speaks the user's language: the analyst reads it in English.
        await analyst.Page.GetByRole(AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
        await Expect(analyst.Heading).ToHaveTextAsync("Якутск: 2025 report");
        await analyst.TabAsync("Review");
        await Expect(analyst.Page.GetByTestId("review-thread")).ToContainTextAsync("Показатели по сайту добавлены.");
        await BrowserFixture.ScreenshotAsync(analyst.Page, "form-15-approved-en");

        // Only an administrator reopens an approved report; it becomes a draft the city can edit again.
        await Expect(analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Reopen" })).ToHaveCountAsync(0);
        var admin = await ReportFormPage.SignInAsync(browser, DemoUsers.AdminEmail, reportUrl);
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Открыть снова" }).ClickAsync();
        await admin.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Открыть снова" }).ClickAsync();
        await Expect(admin.Page.Locator(".mp-status")).ToContainTextAsync("Черновик");
        await officer.Page.ReloadAsync();
        await officer.WaitEditableAsync();
    }
}
