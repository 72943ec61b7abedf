using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.ReportForm;

[Collection(ReportFormCollection.Name)]
public sealed class PressOfficerWritesReportTests(BrowserFixture browser)
{
    private const string FirstParagraph = "Подготовлено и размещено 1 250 пресс-релизов о работе администрации.";
    private const string SecondParagraph = "Запущен еженедельный дайджест новостей города для районных газет.";

    [Fact]
    public async Task PressOfficer_StartsReportAndWritesIt_AutosaveKeepsEverythingAfterReload()
    {
        // Tomsk has no 2025 report in the demo: the press officer lands on their home page and starts it.
        var form = await ReportFormPage.SignInAsync(browser, DemoUsers.PressOfficerEmail("tomsk"));
        var page = form.Page;
        await Expect(page).ToHaveURLAsync(new Regex("/my$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Мой отчёт", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("my-not-started")).ToContainTextAsync("Отчёт ещё не начат.");
        // The demo's open campaign is seeded relative to today: its deadline lies ahead.
        await Expect(page.GetByTestId("countdown")).ToContainTextAsync(new Regex(@"осталось дней: \d+"));
        await BrowserFixture.ScreenshotAsync(page, "form-01-my-home");
        await form.PhoneScreenshotAsync("form-01-my-home-390");

        await form.WaitHomeInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Начать отчёт" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/reports/\d+/2025$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Отчёта за 2025 год ещё нет" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "form-02-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Начать отчёт" }).ClickAsync();
        await form.WaitEditableAsync();
        await Expect(form.Heading).ToHaveTextAsync("Томск: отчёт за 2025 год");

        // An achievement in two paragraphs, and an empty one that stays in the form without being sent.
        var edits = await form.EditsAsync();
        await form.AddAchievementAsync("Взаимодействие со СМИ", FirstParagraph + "\n" + SecondParagraph);
        await page.GetByRole(AriaRole.Button, new() { Name = "Добавить достижение" }).ClickAsync();
        await Expect(form.Achievements).ToHaveCountAsync(2);
        await Expect(form.Achievements.Last).ToContainTextAsync("Запись без текста не сохраняется");

        // Reordering works from the keyboard, and focus stays with the entry that moved.
        await page.GetByRole(AriaRole.Button, new() { Name = "Достижение 2: переместить выше" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(form.Achievements.First).ToContainTextAsync("Запись без текста не сохраняется");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Достижение 1: переместить ниже" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(form.Achievements.Last).ToContainTextAsync("Запись без текста не сохраняется");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Достижение 2: переместить выше" })).ToBeFocusedAsync();
        await form.WaitSavedAsync(edits);
        await BrowserFixture.ScreenshotAsync(page, "form-03-achievements");
        await form.PhoneScreenshotAsync("form-03-achievements-390");

        edits = await form.EditsAsync();
        await form.TabAsync("Задачи на следующий год");
        await form.AddPlannedTaskAsync("Перевести официальный сайт на новую платформу.");

        await form.TabAsync("Задачи прошлого года");
        var previous = page.GetByTestId("previous-task").First;
        await previous.GetByLabel("выполнено", new() { Exact = true }).CheckAsync();
        await previous.GetByLabel("Комментарий").FillAsync("Сделано к сентябрю.");

        // Indicators: a value out of bounds gets its message beside the field as it is typed, then is fixed.
        await form.TabAsync("Показатели");
        await form.IndicatorInput("Пресс-релизы").FillAsync("1 250");
        var roads = form.IndicatorInput("Доля сообщений жителей о дорогах");
        await roads.FillAsync("150");
        var problem = form.IndicatorRow("Доля сообщений жителей о дорогах").GetByText("Значение должно быть от 0 до 100 %.");
        await Expect(problem).ToBeVisibleAsync();
        await Expect(roads).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.ScreenshotAsync(page, "form-04-indicator-out-of-bounds");
        await roads.FillAsync("35");
        await Expect(problem).ToHaveCountAsync(0);
        await page.GetByLabel("Примечание: Пресс-релизы").FillAsync("Включая анонсы.");

        await form.WaitSavedAsync(edits);
        await BrowserFixture.ScreenshotAsync(page, "form-05-indicators-saved");
        await form.PhoneScreenshotAsync("form-05-indicators-saved-390");

        // Everything is on the server: a reload shows it again.
        await page.ReloadAsync();
        await form.WaitEditableAsync();
        var achievement = form.Achievements.First;
        await Expect(achievement.GetByLabel("Направление")).ToHaveValueAsync("Взаимодействие со СМИ");
        await Expect(achievement.GetByLabel("Текст")).ToHaveValueAsync(FirstParagraph + "\n" + SecondParagraph);
        await Expect(form.Achievements).ToHaveCountAsync(1);
        await form.TabAsync("Задачи на следующий год");
        await Expect(form.PlannedTasks.First.GetByLabel("Задача", new() { Exact = true })).ToHaveValueAsync("Перевести официальный сайт на новую платформу.");
        await form.TabAsync("Задачи прошлого года");
        await Expect(page.GetByTestId("previous-task").First.GetByLabel("выполнено", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByTestId("previous-task").First.GetByLabel("Комментарий")).ToHaveValueAsync("Сделано к сентябрю.");
        await form.TabAsync("Показатели");
        await Expect(form.IndicatorInput("Пресс-релизы")).ToHaveValueAsync("1\u00a0250"); // grouped like last year's column
        await Expect(form.IndicatorInput("Доля сообщений жителей о дорогах")).ToHaveValueAsync("35");
        await Expect(page.GetByLabel("Примечание: Пресс-релизы")).ToHaveValueAsync("Включая анонсы.");

        // The history lists the creation and the save, and shows the saved version's text.
        await form.TabAsync("История");
        var history = page.GetByTestId("history");
        await Expect(history).ToContainTextAsync("Создан");
        await Expect(history).ToContainTextAsync("Сохранён");
        await history.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Показать версию от ") }).First.ClickAsync();
        await Expect(page.GetByTestId("history-version")).ToContainTextAsync(SecondParagraph);
        await BrowserFixture.ScreenshotAsync(page, "form-06-history");
    }
}
