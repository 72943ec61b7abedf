using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests;

/// <summary>The annual digest from /years/{year} and one report's document from its page, downloaded in the browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DigestDownloadTests(BrowserFixture browser)
{
    [Fact]
    public async Task YearPage_DownloadDigest_GivesAWordFileWithTheCities_ThenAPdf()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/years/2016");
        await LoginForm.SubmitAsync(page, DemoUsers.AnalystEmail, DemoUsers.Password);

        var digest = page.GetByTestId("year-digest");
        var button = digest.GetByRole(AriaRole.Button, new() { Name = "Скачать" });
        await Expect(button).ToBeEnabledAsync();
        await Expect(digest.GetByRole(AriaRole.Checkbox, new() { Name = "Включить поданные, но не утверждённые" })).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());

        Assert.Equal("digest-2016.docx", download.SuggestedFilename);
        using (var document = WordprocessingDocument.Open(await download.PathAsync(), false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("БЛАГОВЕЩЕНСК", text);
            Assert.Contains("2982", text);
        }

        await Expect(digest.GetByRole(AriaRole.Status)).ToContainTextAsync("Файл digest-2016.docx сохранён.");
        await Expect(button).ToBeEnabledAsync();

        await digest.GetByRole(AriaRole.Button, new() { Name = "PDF" }).ClickAsync();
        var pdf = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        Assert.Equal("digest-2016.pdf", pdf.SuggestedFilename);
        var head = new byte[5];
        await using (var stream = File.OpenRead(await pdf.PathAsync()))
        {
            await stream.ReadExactlyAsync(head);
        }

        Assert.Equal("%PDF-"u8.ToArray(), head);
    }

    [Fact]
    public async Task ReportPage_DownloadDocument_GivesTheReportAsWord()
    {
        int reportId;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var city = (await scope.ServiceProvider.GetRequiredService<MunicipalityService>().ListAsync(new MunicipalityQuery()))
                .Single(m => m.Slug == DemoGeography.Blagoveshchensk);
            var analyst = new Actor(DemoDataSeeder.AnalystUserId, "Аналитик", Roles.Analyst, null);
            reportId = (await scope.ServiceProvider.GetRequiredService<ReportService>().GetByMunicipalityAndYearAsync(analyst, city.Id, 2016))!.Id;
        }

        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/reports/{reportId}");
        await LoginForm.SubmitAsync(page, DemoUsers.PressOfficerEmail(DemoGeography.Khabarovsk), DemoUsers.Password);

        var section = page.GetByTestId("report-document");
        var button = section.GetByRole(AriaRole.Button, new() { Name = "Скачать" });
        await Expect(button).ToBeEnabledAsync();
        await Expect(section.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0);
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());

        Assert.Equal($"report-{DemoGeography.Blagoveshchensk}-2016.docx", download.SuggestedFilename);
        using var document = WordprocessingDocument.Open(await download.PathAsync(), false);
        Assert.Contains("2982 пресс-релиза", document.MainDocumentPart!.Document!.Body!.InnerText);
    }
}
