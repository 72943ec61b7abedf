using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.Imports;

/// <summary>
/// /import in real Chromium: paste or drop a report, check the parse beside the highlighted text, create the draft.
/// The demo's seed cities already have approved reports for the seed years, so drafts go into 2014 and 2015,
/// which the tests create as reporting years through the API first.
/// </summary>
[Collection(ImportBrowserCollection.Name)]
public sealed class ImportJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_PastesBlagoveshchensk_RejectsAFigure_FixesTheYear_CreatesAndOpensTheDraft()
    {
        await EnsureReportingYearAsync(2015);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await LoginForm.SubmitAsync(page, DemoUsers.AdminEmail, DemoUsers.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Импорт отчёта", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "import-01-start");
        await PhoneScreenshotAsync(page, "import-01-start-390");

        var paste = page.GetByLabel("…или вставьте текст отчёта");
        await Expect(paste).ToBeEnabledAsync();
        await paste.FillAsync(SeedFiles.Text(SeedFiles.Blagoveshchensk));
        await page.GetByRole(AriaRole.Button, new() { Name = "Разобрать текст" }).ClickAsync();

        // Every figure is marked where it stands in the text, numbered as in the table.
        var marks = page.GetByTestId("import-source").Locator("mark");
        await Expect(marks).ToHaveTextAsync(["2982", "360", "170", "87", "2281"]);
        await Expect(marks.First).ToHaveAttributeAsync("title", "Число 1: Пресс-релизы");
        await Expect(page.GetByTestId("import-figures").Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Показатели: принято 5 из 5" })).ToBeVisibleAsync();

        // 2016 is approved: the import would never overwrite it, so the button stays off until the year changes.
        var target = page.GetByTestId("import-target");
        await Expect(target).ToContainTextAsync("уже утверждён");
        var create = page.GetByRole(AriaRole.Button, new() { Name = "Создать черновик" });
        await Expect(create).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "import-02-parsed");
        await PhoneScreenshotAsync(page, "import-02-parsed-390");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Принять число 5 (активных граждан)" }).ClickAsync();
        await Expect(marks.Nth(4)).ToHaveClassAsync(new Regex("import-mark-rejected"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Показатели: принято 4 из 5" })).ToBeVisibleAsync();

        var year = page.GetByLabel("Отчётный год");
        await year.FillAsync("2015");
        await year.PressAsync("Tab");
        await Expect(target).ToContainTextAsync("Будет создан новый черновик: Благовещенск, отчёт за 2015 год.");
        await Expect(page.GetByText("В тексте указан 2016 год; отчёт будет импортирован за 2015 год.")).ToBeVisibleAsync();
        await Expect(create).ToBeEnabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "import-03-ready");

        await create.ClickAsync();
        var result = page.GetByTestId("import-result");
        await Expect(result).ToContainTextAsync("Черновик создан: Благовещенск, 2015 год. Достижений: 2, задач: 1, показателей: 4.");
        await BrowserFixture.ScreenshotAsync(page, "import-04-created");

        await result.GetByRole(AriaRole.Link, new() { Name = "Открыть черновик" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Благовещенск: отчёт за 2015 год");
        var indicators = page.GetByTestId("report-indicators");
        // The notes are the figures' sentences, which name other figures too: find rows by their header cell.
        ILocator Row(string indicator) => indicators.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = indicator, Exact = true }) });
        await Expect(Row("Пресс-релизы")).ToContainTextAsync(new Regex(@"2\s?982"));
        await Expect(Row("Выездные мероприятия")).ToContainTextAsync("170");
        await Expect(indicators.Locator("tbody tr:not(.mp-group-row)")).ToHaveCountAsync(4);
        await Expect(Row("Участники платформы «Активный гражданин»")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "import-05-draft");
    }

    [Fact]
    public async Task PastedTextLargerThanSignalRsDefaultMessage_StillParses()
    {
        // Four copies of the Хабаровск report: about 20,000 Cyrillic characters, well over the hub's 32 KB default,
        // which used to close the circuit so that the parse button did nothing. Four reports are a compilation: four rows.
        var text = string.Join("\n\n", Enumerable.Repeat(SeedFiles.Text(SeedFiles.Khabarovsk), 4));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text) > 32 * 1024);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await LoginForm.SubmitAsync(page, DemoUsers.AdminEmail, DemoUsers.Password);

        var paste = page.GetByLabel("…или вставьте текст отчёта");
        await Expect(paste).ToBeEnabledAsync();
        await paste.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Разобрать текст" }).ClickAsync();

        var batch = page.GetByTestId("import-batch");
        await Expect(batch.GetByRole(AriaRole.Heading, new() { Name = "Сборник «Вставленный текст»: отчётов — 4" })).ToBeVisibleAsync();
        await Expect(batch.GetByTestId("batch-4")).ToContainTextAsync("показателей: 18");
    }

    [Fact]
    public async Task PastedFreeFormText_WarningsAreInRussian()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await LoginForm.SubmitAsync(page, DemoUsers.AdminEmail, DemoUsers.Password);

        var paste = page.GetByLabel("…или вставьте текст отчёта");
        await Expect(paste).ToBeEnabledAsync();
        await paste.FillAsync("Подготовлено 50 пресс-релизов и проведено 12 пресс-подходов.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Разобрать текст" }).ClickAsync();

        var warnings = page.GetByTestId("import-warnings");
        await Expect(warnings).ToContainTextAsync("Отчётный год не найден.");
        await Expect(warnings).ToContainTextAsync("Заголовки анкеты не найдены: текст прочитан как отчёт в свободной форме.");
        await Expect(warnings).Not.ToContainTextAsync("The reporting year");

        // Remapping a figure: typing narrows the catalogue; two figures on one indicator are refused beside the row.
        var second = page.GetByLabel("Показатель числа 2");
        await second.FillAsync("релиз");
        await page.GetByRole(AriaRole.Option, new() { Name = "Пресс-релизы", Exact = true }).ClickAsync();
        await Expect(second).ToHaveValueAsync("Пресс-релизы");
        await Expect(page.GetByTestId("figure-2")).ToContainTextAsync("Этот показатель выбран и для другого числа");
        await Expect(page.GetByTestId("import-source").Locator("mark").Nth(1)).ToHaveAttributeAsync("title", "Число 2: Пресс-релизы");
    }

    [Fact]
    public async Task PressOfficer_DamagedWordFile_DropsTheTxt_CityIsFixed_ReplacesTheDraftOnlyWhenConfirmed()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await LoginForm.SubmitAsync(page, DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk), DemoUsers.Password);
        var file = page.GetByTestId("import-file");
        await Expect(file).ToBeEnabledAsync();

        await file.SetInputFilesAsync(new FilePayload
        {
            Name = "Отчёт 2016.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = "PK\u0003\u0004word/document.xml"u8.ToArray(),
        });
        await Expect(page.GetByTestId("import-input-error")).ToContainTextAsync("Файл «Отчёт 2016.docx» не читается");
        await BrowserFixture.ScreenshotAsync(page, "import-06-word-refused");

        await file.SetInputFilesAsync(SeedFiles.PathOf(SeedFiles.Blagoveshchensk));
        await Expect(page.GetByTestId("import-source").Locator("mark")).ToHaveCountAsync(5);
        var city = page.GetByLabel("Муниципалитет", new() { Exact = true });
        await Expect(city).ToHaveValueAsync("Благовещенск");
        await Expect(city).ToBeDisabledAsync();

        // The city's 2025 report is a draft with content: the import replaces it only once the user ticks the box.
        var year = page.GetByLabel("Отчётный год");
        await year.FillAsync("2025");
        await year.PressAsync("Tab");
        await Expect(page.GetByTestId("import-target")).ToContainTextAsync("уже есть черновик с содержимым");
        var fill = page.GetByRole(AriaRole.Button, new() { Name = "Заполнить черновик" });
        await Expect(fill).ToBeDisabledAsync();
        await page.GetByText("Заменить содержимое черновика импортом").ClickAsync();
        await Expect(fill).ToBeEnabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "import-07-replace");

        await fill.ClickAsync();
        await Expect(page.GetByTestId("import-result")).ToContainTextAsync("Черновик заполнен: Благовещенск, 2025 год. Достижений: 2, задач: 1, показателей: 5.");
    }

    [Fact]
    public async Task PressOfficer_DropsAScanThenTheWordFile_SeesTheDraftPreviewOfTheDocx()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await LoginForm.SubmitAsync(page, DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk), DemoUsers.Password);
        var file = page.GetByTestId("import-file");
        await Expect(file).ToBeEnabledAsync();
        await Expect(file).ToHaveAttributeAsync("accept", new Regex(@"\.docx.*\.pdf|\.pdf.*\.docx"));

        await file.SetInputFilesAsync(new FilePayload { Name = "Скан.pdf", MimeType = "application/pdf", Buffer = ReportDocuments.ScannedPdf() });
        await Expect(page.GetByTestId("import-input-error")).ToContainTextAsync("нет текста — только изображения страниц (скан)");

        await file.SetInputFilesAsync(new FilePayload
        {
            Name = "Благовещенск 2016.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = ReportDocuments.Docx(SeedFiles.Text(SeedFiles.Blagoveshchensk)),
        });

        // The same draft preview as from the text: the five figures marked in the text, the city matched.
        await Expect(page.GetByTestId("import-source").Locator("mark")).ToHaveTextAsync(["2982", "360", "170", "87", "2281"]);
        await Expect(page.GetByTestId("import-figures").Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(page.GetByLabel("Муниципалитет", new() { Exact = true })).ToHaveValueAsync("Благовещенск");
        await Expect(page.GetByLabel("Отчётный год")).ToHaveValueAsync("2016");
        await BrowserFixture.ScreenshotAsync(page, "import-09-docx");
    }

    [Fact]
    public async Task Administrator_BatchOfTheFiveSeeds_ConfirmsEachCityAndYear_ImportsAllWithProgress()
    {
        await EnsureReportingYearAsync(2014);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await LoginForm.SubmitAsync(page, DemoUsers.AdminEmail, DemoUsers.Password);
        var file = page.GetByTestId("import-file");
        await Expect(file).ToBeEnabledAsync();

        await file.SetInputFilesAsync(SeedFiles.All.Select(SeedFiles.PathOf));

        var batch = page.GetByTestId("import-batch");
        await Expect(batch.GetByRole(AriaRole.Heading, new() { Name = "Пакетный импорт: файлов — 5" })).ToBeVisibleAsync();
        string[] cities = ["Северск", "Благовещенск", "Теплодар", "Алейск", "Хабаровск"];
        for (var i = 0; i < cities.Length; i++)
        {
            var row = batch.GetByTestId($"batch-{i + 1}");
            await Expect(row.GetByLabel($"Муниципалитет для «{SeedFiles.All[i]}»")).ToHaveValueAsync(cities[i]);
            await Expect(row).ToContainTextAsync("отчёт утверждён — не перезаписывается");
        }

        await BrowserFixture.ScreenshotAsync(page, "import-08-batch-parsed");
        await PhoneScreenshotAsync(page, "import-08-batch-parsed-390");

        // The seed years are approved; the administrator confirms 2014 for each file instead.
        foreach (var name in SeedFiles.All)
        {
            var year = page.GetByLabel($"Год для «{name}»");
            await year.FillAsync("2014");
            await year.PressAsync("Tab");
        }

        for (var i = 1; i <= cities.Length; i++)
        {
            await Expect(batch.GetByTestId($"batch-{i}")).ToContainTextAsync("будет создан черновик");
        }

        await batch.GetByRole(AriaRole.Button, new() { Name = "Подтвердить все готовые" }).ClickAsync();
        await batch.GetByRole(AriaRole.Button, new() { Name = "Импортировать подтверждённые (5)" }).ClickAsync();
        await Expect(batch.GetByTestId("import-progress")).ToHaveTextAsync("5 из 5");
        for (var i = 1; i <= cities.Length; i++)
        {
            await Expect(batch.GetByTestId($"batch-{i}")).ToContainTextAsync("черновик создан");
        }

        await BrowserFixture.ScreenshotAsync(page, "import-09-batch-done");

        await batch.GetByTestId("batch-5").GetByRole(AriaRole.Link, new() { Name = "Открыть черновик" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Хабаровск: отчёт за 2014 год");
        await Expect(page.GetByTestId("report-indicators").Locator("tbody tr:not(.mp-group-row)")).ToHaveCountAsync(18);
    }

    /// <summary>The same page on a 390 px phone, which must not scroll sideways (tables scroll in their own box); then back to the desktop.</summary>
    private static async Task PhoneScreenshotAsync(IPage page, string name)
    {
        var desktop = page.ViewportSize!;
        await page.SetViewportSizeAsync(390, 844);
        // The menu slides away below the drawer's breakpoint; shoot the page, not the animation.
        await Expect(page.GetByTestId("main-nav")).Not.ToBeInViewportAsync();
        await BrowserFixture.ScreenshotAsync(page, name);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, $"{name}: the page is wider than the phone");
        await page.SetViewportSizeAsync(desktop.Width, desktop.Height);
    }

    private async Task EnsureReportingYearAsync(int year)
    {
        using var client = new HttpClient { BaseAddress = browser.BaseAddress };
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoUsers.AdminEmail, password = DemoUsers.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.PostAsJsonAsync("/api/v1/reporting-years", new { year, opensOn = $"{year + 1}-01-15", deadline = $"{year + 1}-03-01" });
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.BadRequest, $"creating {year}: {response.StatusCode}");
    }
}
