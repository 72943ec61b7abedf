using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.Imports;

/// <summary>
/// /import with a compilation: two cities' reports pasted as one text become one row per city, each with its own
/// parse and checks. An administrator creates both drafts in one go; a press officer gets their own city's row and
/// a plain word about the other. The texts are our own; the year is 2013, which no other journey writes.
/// </summary>
[Collection(ImportBrowserCollection.Name)]
public sealed class ImportCompilationJourneyTests(BrowserFixture browser)
{
    private const int Year = 2013;

    private static string Report(string header, string achievements, string task) =>
        $"{header}\n\nЧто наиболее значительное удалось сделать в области информационной политики в {Year} году\n\n"
        + $"{achievements}\n\nКакие задачи стоят в {Year + 1} году\n\n{task}\n\n";

    [Fact]
    public async Task Administrator_PastesTwoCityCompilation_OneRowPerCity_CreatesBothDraftsWithProgress()
    {
        await EnsureReportingYearAsync(Year);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await LoginForm.SubmitAsync(page, DemoUsers.AdminEmail, DemoUsers.Password);
        var paste = page.GetByLabel("…или вставьте текст отчёта");
        await Expect(paste).ToBeEnabledAsync();
        await paste.FillAsync(
            Report("АНГАРСК",
                "Пресс-служба администрации Ангарского городского округа подготовила 640 пресс-релизов. Срок ответа на обращения сократился до 6 часов.",
                "Увеличить число подписчиков до 60 тыс.")
            + Report("МАГАДАН",
                "Мэрия города Магадана провела 48 пресс-конференций и разместила 910 пресс-релизов.",
                "Обновить сайт мэрии."));
        await page.GetByRole(AriaRole.Button, new() { Name = "Разобрать текст" }).ClickAsync();

        var batch = page.GetByTestId("import-batch");
        await Expect(batch.GetByRole(AriaRole.Heading, new() { Name = "Сборник «Вставленный текст»: отчётов — 2" })).ToBeVisibleAsync();
        string[] cities = ["Ангарск", "Магадан"];
        for (var i = 0; i < cities.Length; i++)
        {
            var row = batch.GetByTestId($"batch-{i + 1}");
            await Expect(row.GetByLabel($"Муниципалитет для «Вставленный текст · {i + 1}. {cities[i]}»")).ToHaveValueAsync(cities[i]);
            await Expect(row).ToContainTextAsync("будет создан черновик");
        }

        // Each city has its own parse: the deadline and the goal are not figures, the press releases are.
        await Expect(batch.GetByTestId("batch-1")).ToContainTextAsync("достижений: 1, задач: 1, показателей: 1");
        await Expect(batch.GetByTestId("batch-2")).ToContainTextAsync("достижений: 1, задач: 1, показателей: 1");
        await BrowserFixture.ScreenshotAsync(page, "import-10-compilation");

        await batch.GetByRole(AriaRole.Button, new() { Name = "Подтвердить все готовые" }).ClickAsync();
        await batch.GetByRole(AriaRole.Button, new() { Name = "Импортировать подтверждённые (2)" }).ClickAsync();
        await Expect(batch.GetByTestId("import-progress")).ToHaveTextAsync("2 из 2");
        await Expect(batch.GetByTestId("batch-1")).ToContainTextAsync("черновик создан");
        await Expect(batch.GetByTestId("batch-2")).ToContainTextAsync("черновик создан");

        await batch.GetByTestId("batch-2").GetByRole(AriaRole.Link, new() { Name = "Открыть черновик" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Магадан: отчёт за {Year} год");
        await Expect(page.GetByTestId("report-indicators").Locator("tbody tr:not(.mp-group-row)")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task PressOfficer_PastesCompilationWithAnotherCity_ImportsOwnRow_IsToldWhyNotTheOther()
    {
        await EnsureReportingYearAsync(Year);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/import");
        await LoginForm.SubmitAsync(page, DemoUsers.PressOfficerEmail(DemoGeography.Aleysk), DemoUsers.Password);
        var paste = page.GetByLabel("…или вставьте текст отчёта");
        await Expect(paste).ToBeEnabledAsync();
        await paste.FillAsync(
            Report("БИЙСК", "Администрация города Бийска разместила 300 пресс-релизов.", "Провести конкурс для журналистов.")
            + Report("АЛЕЙСК", "Отдел по печати администрации города Алейска выпустил 12 сборников документов.", "Обновить сайт."));
        await page.GetByRole(AriaRole.Button, new() { Name = "Разобрать текст" }).ClickAsync();

        var batch = page.GetByTestId("import-batch");
        var foreign = batch.GetByTestId("batch-1");
        await Expect(foreign).ToContainTextAsync("Это отчёт муниципалитета Бийск: вы можете импортировать только отчёт своего муниципалитета (Алейск).");
        await Expect(foreign.GetByRole(AriaRole.Checkbox)).ToBeDisabledAsync();
        var own = batch.GetByTestId("batch-2");
        await Expect(own).ToContainTextAsync("будет создан черновик");

        await batch.GetByRole(AriaRole.Button, new() { Name = "Подтвердить все готовые" }).ClickAsync();
        await batch.GetByRole(AriaRole.Button, new() { Name = "Импортировать подтверждённые (1)" }).ClickAsync();
        await Expect(batch.GetByTestId("import-progress")).ToHaveTextAsync("1 из 1");
        await Expect(own).ToContainTextAsync("черновик создан");
        await Expect(foreign).Not.ToContainTextAsync("черновик создан");
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
