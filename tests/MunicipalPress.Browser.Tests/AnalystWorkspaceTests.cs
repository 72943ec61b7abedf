using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests;

/// <summary>
/// The analyst's questions from issue 5, in the browser: who has not reported yet, how two cities compare per
/// 10,000 residents, which cities wrote about something, and the answer as a spreadsheet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnalystWorkspaceTests(BrowserFixture browser)
{
    [Fact]
    public async Task Completeness_ShowsWhoHasNotReported_ReturnsAndApprovesThere_DownloadsTheYearsTable()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/years");
        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, DemoUsers.Password);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Сдача отчётов за 2025 год", Level = 1 })).ToBeVisibleAsync();
        var counts = page.GetByTestId("completeness-counts");
        var notStarted = counts.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Не начали") });
        await Expect(notStarted).ToBeEnabledAsync();
        await notStarted.ClickAsync();
        await Expect(notStarted).ToHaveAttributeAsync("aria-pressed", "true");
        var list = page.GetByTestId("completeness-list");
        var tomsk = RowOf(list, "Томск");
        await Expect(tomsk).ToContainTextAsync("Не начат");
        await Expect(list.Locator("[data-category]:not([data-category='NotStarted'])")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "20-completeness-not-started");
        await PhoneScreenshotAsync(page, "20-completeness-not-started-390");

        // The year's indicator table as a real spreadsheet.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel (.xlsx)" }).ClickAsync());
        Assert.Equal("indicators-2025.xlsx", download.SuggestedFilename);
        // Approved reports only, as everywhere figures count (Хабаровск's 2025 report is sent but not yet reviewed).
        AssertSpreadsheet(await download.PathAsync(), "Approved");
        Assert.DoesNotContain("Хабаровск", SpreadsheetText(await download.PathAsync()));

        // Submitted reports are reviewed right here: return one with a comment (a comment is required), approve another.
        await notStarted.ClickAsync();
        await counts.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Сданы в срок") }).ClickAsync();
        var awaiting = list.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Утвердить" }) })
            .Filter(new() { HasNot = page.GetByRole(AriaRole.Link, new() { Name = "Хабаровск", Exact = true }) });
        await Expect(awaiting.First).ToBeVisibleAsync();
        var toReturn = (await awaiting.Nth(0).Locator("th a").TextContentAsync())!;
        var toApprove = (await awaiting.Nth(1).Locator("th a").TextContentAsync())!;

        await RowOf(list, toReturn).GetByRole(AriaRole.Button, new() { Name = "Вернуть" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync(toReturn);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Вернуть" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync("Напишите комментарий");
        await dialog.GetByLabel("Комментарий для пресс-службы").FillAsync("Уточните число пресс-релизов: в тексте и в таблице разные цифры.");
        await BrowserFixture.ScreenshotAsync(page, "21-completeness-return-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Вернуть" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByText($"Отчёт «{toReturn}» возвращён на доработку.")).ToBeVisibleAsync();
        await Expect(RowOf(list, toReturn)).ToHaveCountAsync(0);

        await RowOf(list, toApprove).GetByRole(AriaRole.Button, new() { Name = "Утвердить" }).ClickAsync();
        var confirmation = page.GetByRole(AriaRole.Dialog);
        await Expect(confirmation).ToContainTextAsync($"Утвердить отчёт «{toApprove}»");
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "Утвердить" }).ClickAsync();
        await Expect(page.GetByText($"Отчёт «{toApprove}» утверждён.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Состояние" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Все состояния", Exact = true }).ClickAsync();
        await Expect(RowOf(list, toReturn)).ToContainTextAsync("Возвращён");
        // One word per status: the same as the report list says.
        await Expect(RowOf(list, toApprove)).ToContainTextAsync("Утверждён");
        await BrowserFixture.ScreenshotAsync(page, "22-completeness-all");

        // 2024: reports submitted late and approved since count as approved and as late.
        await page.GotoAsync("/years/2024");
        var late = page.GetByTestId("late-count");
        await Expect(late).ToBeEnabledAsync();
        await Expect(late).Not.ToContainTextAsync(new Regex(@"^\s*0\b"));
        await late.ClickAsync();
        await Expect(list.Locator("tbody tr").First).ToContainTextAsync("Утверждён");
        await Expect(list.Locator("tbody tr").First.Locator("[data-late]")).ToHaveTextAsync("с опозданием");
        await Expect(list.Locator("tbody tr").Filter(new() { HasNot = page.Locator("[data-late], [data-category='SubmittedLate']") })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "23-completeness-late");
    }

    [Fact]
    public async Task Compare_BlagoveshchenskAndKhabarovsk_PressReleasesPer10000_OverFiveYears_ExportsXlsx()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/compare");
        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, DemoUsers.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Сравнение городов", Level = 1 })).ToBeVisibleAsync();

        var cities = page.GetByRole(AriaRole.Combobox, new() { Name = "Города" });
        await Expect(cities).ToBeEnabledAsync();
        await cities.ClickAsync();
        await PickAsync(page, cities, "Благ", "Благовещенск");
        await PickAsync(page, cities, "Хаб", "Хабаровск");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Выбрано: Города" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        var perCapita = page.GetByRole(AriaRole.Button, new() { Name = "На 10 000 жителей", Exact = true });
        await perCapita.ClickAsync();
        await Expect(perCapita).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сравнить" }).ClickAsync();

        // Press releases are preselected; the last five years by default; the address keeps the choice.
        await Expect(page).ToHaveURLAsync(new Regex(@"indicator=press_releases.*municipalityId=\d+&municipalityId=\d+.*fromYear=2021&toYear=2025&perCapita=true"));
        var table = page.GetByTestId("compare-press_releases");
        await Expect(table.GetByRole(AriaRole.Heading, new() { Name = "Пресс-релизы" })).ToBeVisibleAsync();
        await Expect(table).ToContainTextAsync("на 10 000 жителей");
        var blagoveshchensk = RowOf(table, "Благовещенск");
        var khabarovsk = RowOf(table, "Хабаровск");
        await Expect(blagoveshchensk).ToContainTextAsync(new Regex(@"\d+,\d{1,2}"));
        await Expect(khabarovsk).ToContainTextAsync(new Regex(@"\d+,\d{1,2}"));
        // Blagoveshchensk's 2025 report is still a draft: missing, shown as a dash and never as zero.
        await Expect(blagoveshchensk.Locator("td").Last).ToHaveTextAsync("—");
        // The chart: one named image (the table carries the figures), a line per city, named in its legend.
        var chart = table.GetByRole(AriaRole.Img, new() { Name = "График «Пресс-релизы» по годам; те же значения — в таблице" });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart).ToContainTextAsync("Благовещенск");
        await Expect(chart).ToContainTextAsync("Хабаровск");
        await BrowserFixture.ScreenshotAsync(page, "23-compare-per-capita");
        var columns = page.GetByRole(AriaRole.Button, new() { Name = "Столбцы", Exact = true });
        await columns.ClickAsync();
        await Expect(columns).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(chart).ToContainTextAsync("Хабаровск");
        await BrowserFixture.ScreenshotAsync(page, "23-compare-columns");
        await PhoneScreenshotAsync(page, "23-compare-per-capita-390");

        // The address alone brings the same comparison back (bookmark, link sent to a colleague).
        await page.ReloadAsync();
        await Expect(RowOf(page.GetByTestId("compare-press_releases"), "Хабаровск")).ToContainTextAsync(new Regex(@"\d+,\d{1,2}"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel (.xlsx)" }).ClickAsync());
        Assert.Equal("comparison.xlsx", download.SuggestedFilename);
        AssertSpreadsheet(await download.PathAsync(), "Благовещенск");

        // Approved reports only unless the reader asks for the sent ones too; the page says which, and the address keeps it.
        var counted = page.GetByTestId("counted-reports");
        await Expect(counted).ToHaveTextAsync("Учитываются только утверждённые отчёты; черновики — никогда.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Утверждённые и сданные", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сравнить" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("includeSubmitted=true"));
        await Expect(counted).ToContainTextAsync("сданные, но ещё не проверенные");
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Утверждённые и сданные", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel (.xlsx)" }).ClickAsync());
        AssertSpreadsheet(await download.PathAsync(), "Благовещенск");
    }

    [Fact]
    public async Task Search_IncidentManagement_FindsKhabarovsk_Highlighted_FiltersByYear_OpensTheReport()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search");
        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, DemoUsers.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Поиск по отчётам", Level = 1 })).ToBeVisibleAsync();

        var submit = page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Найти" });
        await Expect(submit).ToBeEnabledAsync();
        await page.GetByLabel("Что искать").FillAsync("инцидент-менеджмент");
        await submit.ClickAsync();

        var results = page.GetByTestId("search-results");
        var khabarovsk = results.Locator("li").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Хабаровск, 2021" }) });
        await Expect(khabarovsk.First).ToBeVisibleAsync();
        await Expect(khabarovsk.First.Locator("mark").First).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=%D0%B8%D0%BD"));
        await BrowserFixture.ScreenshotAsync(page, "24-search");
        await PhoneScreenshotAsync(page, "24-search-390");

        await AdminPage.ChooseAsync(page, page.GetByRole(AriaRole.Main), "Год отчёта", "2021");
        await submit.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("year=2021"));
        await Expect(results.Locator(".mp-hit-title").Filter(new() { HasNotText = ", 2021" })).ToHaveCountAsync(0);

        await results.GetByRole(AriaRole.Link, new() { Name = "Хабаровск, 2021" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Хабаровск: отчёт за 2021 год");

        // The header's search box leads back to the search from any page.
        var shellSearch = page.GetByRole(AriaRole.Searchbox, new() { Name = "Поиск по отчётам" });
        await shellSearch.FillAsync("фоторепортаж");
        await shellSearch.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=%D1%84%D0%BE%D1%82%D0%BE"));
        await Expect(results.Locator("mark").First).ToBeVisibleAsync();

        // The order is said, and the newest years can come first.
        await Expect(page.GetByTestId("search-order-note")).ToContainTextAsync("Сначала самые подходящие");
        await page.GetByTestId("search-order").GetByRole(AriaRole.Link, new() { Name = "Сначала новые" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("order=newest"));
        await Expect(page.GetByTestId("search-order-note")).ToContainTextAsync("Сначала новые годы");
        var years = (await results.Locator(".mp-hit-title").AllTextContentsAsync()).Select(t => int.Parse(t[^4..])).ToList();
        Assert.Equal(years.OrderDescending(), years);
    }

    [Fact]
    public async Task Ranking_Narratives_Profile_ShowTheFiguresInContext()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/ranking");
        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, DemoUsers.Password);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Пресс-релизы, 2024 год", Level = 2 })).ToBeVisibleAsync();
        var ranking = page.GetByTestId("ranking-table");
        await Expect(ranking.Locator("tbody tr").First).ToContainTextAsync("1");
        Assert.True(await ranking.Locator("tbody tr").CountAsync() > 20);
        await Expect(ranking.GetByRole(AriaRole.Columnheader, new() { Name = "Медиана региона" })).ToBeVisibleAsync();
        // The ≥/< marks have their own column with a header, and a legend says what they mean.
        await Expect(ranking.GetByRole(AriaRole.Columnheader, new() { Name = "К медиане" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("ranking-legend")).ToContainTextAsync("Не ниже медианы региона");
        await Expect(page.GetByTestId("ranking-legend")).ToContainTextAsync("Ниже медианы региона");
        await BrowserFixture.ScreenshotAsync(page, "25-ranking");
        await PhoneScreenshotAsync(page, "25-ranking-390");

        // Two cities' 2016 reports side by side; the figures in the texts are marked.
        await page.GotoAsync("/narratives");
        var cities = page.GetByRole(AriaRole.Combobox, new() { Name = "Города (2–4)" });
        await Expect(cities).ToBeEnabledAsync();
        await cities.ClickAsync();
        await PickAsync(page, cities, "Благ", "Благовещенск");
        await PickAsync(page, cities, "Хаб", "Хабаровск");
        await page.Keyboard.PressAsync("Escape");
        await AdminPage.ChooseAsync(page, page.GetByRole(AriaRole.Main), "Год", "2016");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать рядом" }).ClickAsync();
        var narratives = page.GetByTestId("narratives");
        await Expect(narratives.Locator(".mp-side-head")).ToHaveCountAsync(2);
        await Expect(narratives.Locator("mark.mp-figure", new() { HasTextString = "2982" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("narrative-indicators").GetByRole(AriaRole.Row, new() { Name = "Пресс-релизы" })).ToContainTextAsync(new Regex(@"2\s?982"));
        await BrowserFixture.ScreenshotAsync(page, "26-narratives");
        await PhoneScreenshotAsync(page, "26-narratives-390");

        // The city's profile: every indicator as a sparkline with its latest value, and the planned-vs-done record.
        await page.GotoAsync("/municipalities");
        await page.GetByLabel("Поиск", new() { Exact = true }).FillAsync("Благовещенск");
        await page.GetByRole(AriaRole.Link, new() { Name = "Благовещенск", Exact = true }).ClickAsync();
        var dashboard = page.GetByTestId("indicator-dashboard");
        var pressReleases = dashboard.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Пресс-релизы") });
        await Expect(pressReleases.Locator("svg polyline").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("task-record")).ToContainTextAsync("Задачи на 2017 год");
        await BrowserFixture.ScreenshotAsync(page, "27-municipality-profile");
        await ElementScreenshotAsync(dashboard, "28-profile-dashboard");
        await ElementScreenshotAsync(page.GetByTestId("task-record"), "29-profile-task-record");
    }

    /// <summary>One part of a page at full size, next to the whole-page screenshots (git-ignored).</summary>
    private static async Task ElementScreenshotAsync(ILocator element, string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MunicipalPress.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? Directory.GetCurrentDirectory(), "screenshots", name + ".png");
        await element.ScreenshotAsync(new() { Path = path });
    }

    private static ILocator RowOf(ILocator scope, string municipality) =>
        scope.Locator("tbody tr").Filter(new() { Has = scope.Page.GetByRole(AriaRole.Link, new() { Name = municipality, Exact = true }) });

    /// <summary>Types into a multiple-choice field, which narrows its list, and picks the option.</summary>
    private static async Task PickAsync(IPage page, ILocator field, string typed, string option)
    {
        await field.FillAsync(typed);
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        // As a user sees it: the chip stands below and the field is empty and focused again for the next one.
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = option })).ToBeVisibleAsync();
        await Expect(field).ToBeFocusedAsync();
        await Expect(field).ToHaveValueAsync(string.Empty);
    }

    /// <summary>The same page as a 390 px wide phone shows it.</summary>
    private static async Task PhoneScreenshotAsync(IPage page, string name)
    {
        var viewport = page.ViewportSize!;
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.ScreenshotAsync(page, name);
        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
    }

    private static void AssertSpreadsheet(string path, string expectedText) => Assert.Contains(expectedText, SpreadsheetText(path));

    /// <summary>The first worksheet's XML with the shared strings: where a cell's text is, whichever way it was written.</summary>
    private static string SpreadsheetText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var sheet = zip.GetEntry("xl/worksheets/sheet1.xml") ?? throw new Xunit.Sdk.XunitException("The download has no worksheet.");
        using var reader = new StreamReader(sheet.Open());
        var xml = reader.ReadToEnd();
        Assert.Contains("<", xml);
        var shared = zip.GetEntry("xl/sharedStrings.xml");
        using var sharedReader = shared is null ? null : new StreamReader(shared.Open());
        return xml + sharedReader?.ReadToEnd();
    }
}
