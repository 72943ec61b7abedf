using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.ReportForm;

[Collection(ReportFormCollection.Name)]
public sealed class FigureChecksTests(BrowserFixture browser)
{
    [Fact]
    public async Task PressOfficer_WritesAFigureTheTableContradicts_TakesTheTextsFigure_FlagGoes()
    {
        // Blagoveshchensk's 2025 report is a draft no other form test touches.
        var form = await ReportFormPage.SignInAsync(browser, DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk), "/my");
        var page = form.Page;
        await form.WaitHomeInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Продолжить отчёт" }).ClickAsync();
        await form.WaitEditableAsync();

        // The table first: a press-release count the text will then contradict.
        var edits = await form.EditsAsync();
        await form.TabAsync("Показатели");
        var pressReleases = form.IndicatorInput("Пресс-релизы");
        await pressReleases.FillAsync("2900");
        await form.WaitSavedAsync(edits);

        // The narrative gives another count: the flag appears under the achievement as it is typed.
        await form.TabAsync("Достижения");
        var achievement = await form.AddAchievementAsync("Взаимодействие со СМИ", "За год размещено 2982 пресс-релиза о работе мэрии.");
        var textFlag = achievement.GetByTestId("figure-flag");
        await Expect(textFlag).ToContainTextAsync(new Regex(@"Пресс-релизы: в тексте — 2\s982, в таблице — 2\s900"));
        await Expect(textFlag.GetByRole(AriaRole.Button, new() { Name = "Взять цифру из текста" })).ToBeVisibleAsync();
        await Expect(textFlag.GetByRole(AriaRole.Button, new() { Name = "Так и задумано" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "form-30-figure-flag-achievement");

        // The same disagreement sits under the indicator's row; one click takes the text's figure into the table.
        await form.TabAsync("Показатели");
        var rowFlags = page.GetByTestId("indicator-flags").Filter(new() { HasText = "Пресс-релизы" });
        await Expect(rowFlags).ToContainTextAsync(new Regex(@"в тексте — 2\s982, в таблице — 2\s900"));
        await BrowserFixture.ScreenshotAsync(page, "form-31-figure-flag-indicator");
        edits = await form.EditsAsync();
        await rowFlags.GetByRole(AriaRole.Button, new() { Name = "Взять цифру из текста" }).ClickAsync();
        await Expect(pressReleases).ToHaveValueAsync(new Regex(@"^2\s982$"));
        await Expect(page.GetByTestId("figure-flag").Filter(new() { HasTextRegex = new Regex(@"в тексте — 2\s982") })).ToHaveCountAsync(0);
        await form.WaitSavedAsync(edits);

        // Gone beside the text too, and the value stays after a reload: the take was saved like typing.
        await form.TabAsync("Достижения");
        await Expect(form.Achievements.Last.GetByTestId("figure-flag")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await form.WaitEditableAsync();
        await form.TabAsync("Показатели");
        await Expect(form.IndicatorInput("Пресс-релизы")).ToHaveValueAsync(new Regex(@"^2\s982$"));
    }
}
