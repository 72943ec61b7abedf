using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests;

/// <summary>The administration pages as an administrator uses them (Russian, the default language).</summary>
public static class AdminPage
{
    /// <summary>Opens a page and waits for the circuit: its main button is enabled only once interactive.</summary>
    public static async Task OpenAsync(IPage page, string path, string heading, string mainButton)
    {
        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = mainButton, Exact = true })).ToBeEnabledAsync();
    }

    /// <summary>Clicks a button that opens a dialog with that title, and returns the dialog.</summary>
    public static async Task<ILocator> OpenDialogAsync(IPage page, string button, string title)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = title, Exact = true });
        await Expect(dialog).ToBeVisibleAsync();
        return dialog;
    }

    /// <summary>Picks an option of a select named by its label: the field opens a list box; the field then shows the option.</summary>
    public static async Task ChooseAsync(IPage page, ILocator scope, string label, string option)
    {
        var field = scope.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        await field.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(field).ToHaveValueAsync(option);
    }

    /// <summary>The field (label, input, its messages) of the input with this label.</summary>
    public static ILocator FieldOf(ILocator dialog, string label) =>
        dialog.GetByTestId("field").Filter(new() { Has = dialog.Page.GetByLabel(label, new() { Exact = true }) });

    /// <summary>The toast that confirms a save (toasts are announced in a status region).</summary>
    public static ILocator Notification(IPage page, string text) =>
        page.GetByRole(AriaRole.Status).GetByText(text, new() { Exact = true });
}
