using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.ReportForm;

/// <summary>The form holds still: its tabs stay on one line, and the save state changing does not move the page.</summary>
[Collection(ReportFormCollection.Name)]
public sealed class FormLayoutTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1366)]
    [InlineData(1024)]
    [InlineData(390)]
    public async Task Tabs_StayOnOneLine_AndTheSaveStateDoesNotShiftThem(int width)
    {
        var form = await ReportFormPage.SignInAsync(browser, DemoUsers.PressOfficerEmail("krasnoyarsk"), "/my");
        await form.Page.SetViewportSizeAsync(width, 900);
        var url = (await form.Page.GetByRole(AriaRole.Link, new() { Name = "Продолжить отчёт" }).GetAttributeAsync("href"))!;
        await form.Page.GotoAsync(url);
        await form.WaitEditableAsync();

        var tabs = form.Page.GetByRole(AriaRole.Tab);
        await Expect(tabs).ToHaveCountAsync(7);
        var tops = new HashSet<double>();
        foreach (var tab in await tabs.AllAsync())
        {
            if (await tab.IsVisibleAsync())
            {
                tops.Add(Math.Round((await tab.BoundingBoxAsync())!.Y));
            }
        }

        Assert.Single(tops);
        var before = (await tabs.First.BoundingBoxAsync())!.Y;

        // Typing turns "saved" into "unsaved changes" and then "saving…": the tabs stay where they were.
        var edits = await form.EditsAsync();
        await form.Achievements.First.GetByLabel("Текст").PressSequentiallyAsync(" Ещё одна строка.");
        await Expect(form.SaveStatus).Not.ToHaveTextAsync(new System.Text.RegularExpressions.Regex("сохранены|Сохранено"));
        Assert.Equal(before, (await tabs.First.BoundingBoxAsync())!.Y, 0.5);
        await form.WaitSavedAsync(edits);
        Assert.Equal(before, (await tabs.First.BoundingBoxAsync())!.Y, 0.5);
    }
}
