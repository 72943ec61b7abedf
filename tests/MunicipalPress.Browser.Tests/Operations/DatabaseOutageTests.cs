using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Browser.Tests.ReportForm;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.Operations;

/// <summary>
/// PostgreSQL stops while the press officer writes (issue 12, ADR 0024): the form keeps its circuit and the text,
/// says "not saved — retrying", and saves by itself once the database is back; a reload shows every word.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class DatabaseOutageTests(TwoInstancesFixture deployment)
{
    private const string BeforeOutage = "Пресс-служба готовила ежедневные обзоры городских новостей.";
    private const string DuringOutage = " Эти слова набраны, пока база данных была остановлена.";

    [Fact]
    public async Task DatabaseStops_WhileTyping_FormRetries_AndSavesWhenItIsBack()
    {
        var form = new ReportFormPage(await deployment.NewPageAsync(deployment.First));
        await form.Page.GotoAsync("/my");
        await LoginForm.SubmitAsync(form.Page, DemoUsers.PressOfficerEmail("bratsk"), DemoUsers.Password);
        await form.WaitHomeInteractiveAsync();
        await form.Page.GetByRole(AriaRole.Link, new() { Name = "Продолжить отчёт" }).ClickAsync();
        await form.WaitEditableAsync();
        var text = form.Achievements.First.GetByLabel("Текст");
        var edits = await form.EditsAsync();
        await text.FillAsync(BeforeOutage);
        await form.WaitSavedAsync(edits);

        deployment.Database.Stop();
        try
        {
            await text.PressSequentiallyAsync(DuringOutage);
            await Expect(form.SaveStatus).ToHaveTextAsync(new Regex("^Не сохранено — повтор через \\d+ с$"), new() { Timeout = 30_000 });
            await BrowserFixture.ScreenshotAsync(form.Page, "ops-10-database-away");
            // The circuit lives on (no reconnect dialog), the user is still signed in, and the text is in the field.
            await Expect(form.Page.GetByTestId("reconnect-dialog")).ToBeHiddenAsync();
            await Expect(text).ToHaveValueAsync(BeforeOutage + DuringOutage);
            // Long enough for a second failed attempt and for the account check behind the circuit (every 2 s here).
            await Expect(form.Page.GetByTestId("save-state")).ToHaveAttributeAsync("data-state", "Retrying");
            await Task.Delay(TimeSpan.FromSeconds(5));
            await Expect(text).ToHaveValueAsync(BeforeOutage + DuringOutage);
            await Expect(form.Page.GetByTestId("reconnect-dialog")).ToBeHiddenAsync();
        }
        finally
        {
            deployment.Database.Start();
        }

        // The next retry (2, 4, 8, 16 s apart) finds the database back.
        await Expect(form.SaveStatus).ToHaveTextAsync(new Regex(@"^Сохранено в \d\d:\d\d:\d\d$"), new() { Timeout = 60_000 });
        await form.Page.ReloadAsync();
        await form.WaitEditableAsync();
        await Expect(form.Achievements.First.GetByLabel("Текст")).ToHaveValueAsync(BeforeOutage + DuringOutage);
        await Expect(form.Page.GetByTestId("local-copy")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// A page that is not the form: while PostgreSQL is away, moving to another place says so in the page (the
    /// circuit and the sign-in stay), and once it is back the page recovers by itself, without a click.
    /// </summary>
    [Fact]
    public async Task DatabaseStops_UnderAnOpenPage_ItSaysSo_AndRecoversByItself()
    {
        var page = await deployment.NewPageAsync(deployment.First);
        await page.GotoAsync("/municipalities");
        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, DemoUsers.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Муниципалитеты", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        deployment.Database.Stop();
        try
        {
            await page.GetByTestId("main-nav").GetByText("Отчёты", new() { Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("database-unavailable")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await BrowserFixture.ScreenshotAsync(page, "ops-11-page-database-away");
            await Expect(page.GetByTestId("reconnect-dialog")).ToBeHiddenAsync();
            await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        }
        finally
        {
            deployment.Database.Start();
        }

        // The boundary tries again every 10 s on its own: no click, no reload.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Отчёты", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("database-unavailable")).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new Regex("/reports$"));
    }
}
