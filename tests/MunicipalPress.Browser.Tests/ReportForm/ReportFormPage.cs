using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.ReportForm;

/// <summary>The report form (Russian UI) as a user works it: tabs, entries, indicator fields, the save indicator.</summary>
public sealed class ReportFormPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator SaveStatus => Page.GetByTestId("save-status");

    public ILocator Achievements => Page.GetByTestId("achievement");

    public ILocator PlannedTasks => Page.GetByTestId("planned-task");

    public ILocator Errors => Page.GetByTestId("form-errors");

    public ILocator Conflict => Page.GetByTestId("conflict");

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>Signs in from the login page <paramref name="path"/> redirects to, and waits for the circuit of the page it lands on.</summary>
    public static async Task<ReportFormPage> SignInAsync(BrowserFixture browser, string email, string path = "/")
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        await LoginForm.SubmitAsync(page, email, Infrastructure.DemoData.DemoUsers.Password);
        return new ReportFormPage(page);
    }

    /// <summary>
    /// Waits until the press officer's home page runs over its circuit: a click on its links before that can
    /// land on the prerendered page while the circuit starts, and be lost.
    /// </summary>
    public Task WaitHomeInteractiveAsync() =>
        Expect(Page.GetByTestId("my-current")).ToHaveAttributeAsync("data-interactive", "true");

    /// <summary>Goes to a tab and waits for it to be the selected one (tabs render over the circuit).</summary>
    public async Task TabAsync(string name)
    {
        var tab = Page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^" + Regex.Escape(name) + @"( \(\d+\))?$") });
        await tab.ClickAsync();
        await Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
    }

    /// <summary>A screenshot at a phone's width (390 px), then back to the desktop size.</summary>
    public async Task PhoneScreenshotAsync(string name)
    {
        var viewport = Page.ViewportSize!;
        await Page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.ScreenshotAsync(Page, name);
        await Page.SetViewportSizeAsync(viewport.Width, viewport.Height);
    }

    /// <summary>Waits until the form is interactive and editable (the achievements tab shows its add button).</summary>
    public Task WaitEditableAsync() =>
        Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Добавить достижение" })).ToBeVisibleAsync();

    /// <summary>How many edits the server has taken so far (read before editing, for <see cref="WaitSavedAsync"/>).</summary>
    public async Task<string> EditsAsync() => (await Page.GetByTestId("save-state").GetAttributeAsync("data-changes"))!;

    /// <summary>
    /// Waits until the server has taken the edits made since <paramref name="editsBefore"/> and saved them: without
    /// the mark an earlier "Saved at" could pass before the last keystroke reached the server.
    /// </summary>
    public async Task WaitSavedAsync(string? editsBefore = null)
    {
        if (editsBefore is not null)
        {
            await Expect(Page.GetByTestId("save-state")).Not.ToHaveAttributeAsync("data-changes", editsBefore);
        }

        await Expect(SaveStatus).ToHaveTextAsync(new Regex(@"^Сохранено в \d\d:\d\d:\d\d$"), new() { Timeout = 20_000 });
    }

    public ILocator IndicatorInput(string name) => Page.GetByLabel(name, new() { Exact = true });

    public ILocator IndicatorRow(string name) => Page.GetByTestId("indicator-form").GetByRole(AriaRole.Row).Filter(new() { Has = IndicatorInput(name) });

    public async Task<ILocator> AddAchievementAsync(string direction, string text)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Добавить достижение" }).ClickAsync();
        var entry = Achievements.Last;
        var directionBox = entry.GetByLabel("Направление");
        await Expect(directionBox).ToBeFocusedAsync();
        await directionBox.FillAsync(direction);
        await entry.GetByLabel("Текст").FillAsync(text);
        return entry;
    }

    public async Task<ILocator> AddPlannedTaskAsync(string text)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Добавить задачу" }).ClickAsync();
        var entry = PlannedTasks.Last;
        var textBox = entry.GetByLabel("Задача", new() { Exact = true });
        await Expect(textBox).ToBeFocusedAsync();
        await textBox.FillAsync(text);
        return entry;
    }
}
