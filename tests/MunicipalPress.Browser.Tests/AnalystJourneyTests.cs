using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AnalystJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Analyst_SignsIn_ReadsBlagoveshchensk2016_SwitchesLanguage()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/login"));
        await BrowserFixture.ScreenshotAsync(page, "01-login");
        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, DemoUsers.Password);

        // Municipalities: the search box is enabled once the circuit is up; typing narrows the grid over it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Муниципалитеты" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Муниципалитеты", Exact = true, Level = 1 })).ToBeVisibleAsync();
        var rows = page.GetByTestId("municipality-grid").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(20);
        var search = page.GetByLabel("Поиск", new() { Exact = true });
        await Expect(search).ToBeEnabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "02-municipalities");
        await search.FillAsync("Благовещенск");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Амурская область");
        await BrowserFixture.ScreenshotAsync(page, "03-municipalities-search");

        // The city: years with their reports, and one indicator over the years (press releases by default);
        // a year without a value shows as "—", never as zero.
        await page.GetByRole(AriaRole.Link, new() { Name = "Благовещенск", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Благовещенск", Exact = true, Level = 1 })).ToBeVisibleAsync();
        var series = page.GetByTestId("indicator-series");
        await Expect(series.Locator("caption")).ToContainTextAsync("Пресс-релизы");
        await Expect(series).ToContainTextAsync(new Regex(@"2\s?982"));
        await Expect(series).ToContainTextAsync("—");
        await BrowserFixture.ScreenshotAsync(page, "04-municipality");
        var indicator = page.GetByRole(AriaRole.Combobox, new() { Name = "Показатель" });
        await Expect(indicator).ToBeEnabledAsync();
        await indicator.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Фоторепортажи", Exact = true }).ClickAsync();
        await Expect(series.Locator("caption")).ToContainTextAsync("Фоторепортажи");
        await Expect(series.GetByRole(AriaRole.Row, new() { Name = "Значение" })).ToContainTextAsync("360");

        // The 2016 report, as the city's press service wrote it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Отчёт за 2016 год" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Благовещенск: отчёт за 2016 год");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Взаимодействие со СМИ", Exact = true, Level = 3 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Официальный сайт", Exact = true, Level = 3 })).ToBeVisibleAsync();
        var indicators = page.GetByTestId("report-indicators");
        await Expect(indicators.GetByRole(AriaRole.Row, new() { Name = "Пресс-релизы" })).ToContainTextAsync(new Regex(@"2\s?982"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Достижения", Exact = true, Level = 2 })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "05-report-ru");

        // English, then back to Russian: the language switch reloads the page in the chosen language.
        await page.GetByRole(AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Achievements", Exact = true, Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Благовещенск: 2016 report");
        await Expect(indicators.GetByRole(AriaRole.Row, new() { Name = "Press releases" })).ToContainTextAsync("2,982");
        await BrowserFixture.ScreenshotAsync(page, "06-report-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "RU", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Достижения", Exact = true, Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Благовещенск: отчёт за 2016 год");
    }

    [Fact]
    public async Task Analyst_FiltersReportsByYear_SeesOnlyThatYear()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/reports");
        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, DemoUsers.Password);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Отчёты", Exact = true, Level = 1 })).ToBeVisibleAsync();
        var rows = page.GetByTestId("report-grid").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(20);
        var year = page.GetByRole(AriaRole.Combobox, new() { Name = "Год" });
        await Expect(year).ToBeEnabledAsync();
        await year.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "2016", Exact = true }).ClickAsync();

        await Expect(rows.First).ToContainTextAsync("2016");
        await Expect(page.GetByTestId("report-grid").GetByRole(AriaRole.Link, new() { Name = "Благовещенск, 2016" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("report-grid").GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@", 20(1[7-9]|2\d)$") })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "07-reports-2016");
    }
}
