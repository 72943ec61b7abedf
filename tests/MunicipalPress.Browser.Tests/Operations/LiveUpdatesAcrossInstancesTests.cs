using Microsoft.Playwright;
using MunicipalPress.Browser.Tests.ReportForm;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.Operations;

/// <summary>
/// The press officer's form is open on one instance, the analyst works on the other (issue 12, ADR 0024): the
/// analyst's comment and return reach the officer's form live, and the officer's submission the analyst's page.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class LiveUpdatesAcrossInstancesTests(TwoInstancesFixture deployment)
{
    private const string Comment = "Проверьте, пожалуйста, охват публикаций в социальных сетях.";

    [Fact]
    public async Task FormOnSecondInstance_SeesCommentAndReturnMadeOnFirst_WithoutReloading()
    {
        var officer = new ReportFormPage(await deployment.NewPageAsync(deployment.Second));
        await officer.Page.GotoAsync("/my");
        await LoginForm.SubmitAsync(officer.Page, DemoUsers.PressOfficerEmail(DemoGeography.Seversk), DemoUsers.Password);
        await officer.WaitHomeInteractiveAsync();
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Продолжить отчёт" }).ClickAsync();
        await officer.WaitEditableAsync();
        var reportPath = new Uri(officer.Page.Url).PathAndQuery;

        var analyst = new ReportFormPage(await deployment.NewPageAsync(deployment.First));
        await analyst.Page.GotoAsync(reportPath);
        await LoginForm.SubmitAsync(analyst.Page, DemoUsers.AnalystEmail, DemoUsers.Password);
        await analyst.TabAsync("Замечания");
        await analyst.Page.GetByLabel("Ваш комментарий").FillAsync(Comment);
        await analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Отправить комментарий" }).ClickAsync();

        await Expect(officer.Page.GetByText("Новый комментарий — Аналитик ассоциации")).ToBeVisibleAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Tab, new() { Name = "Замечания (1)" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(officer.Page, "ops-20-comment-from-other-instance");

        // The officer submits on the second instance: the analyst's page on the first shows it without a reload…
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Отправить на проверку" }).ClickAsync();
        await Expect(analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Вернуть на доработку" })).ToBeVisibleAsync();

        // …and returns it from there: the officer's form is editable again, with the analyst's words.
        await analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Вернуть на доработку" }).ClickAsync();
        var dialog = analyst.Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Что нужно исправить").FillAsync("Добавьте сведения о фотоотчётах.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Вернуть", Exact = true }).ClickAsync();
        await Expect(officer.Page.GetByText("Отчёт возвращён на доработку: Аналитик ассоциации")).ToBeVisibleAsync();
        await Expect(officer.Page.Locator(".mp-status")).ToContainTextAsync("Возвращён");
        await officer.WaitEditableAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Tab, new() { Name = "Замечания (2)" })).ToBeVisibleAsync();
    }
}
