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

    /// <summary>Picks an option of a Radzen drop-down named by its label.</summary>
    public static async Task ChooseAsync(IPage page, ILocator scope, string label, string option)
    {
        await scope.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    /// <summary>The field (label, input, its messages) of the input with this label.</summary>
    public static ILocator FieldOf(ILocator dialog, string label) =>
        dialog.Locator(".mp-field").Filter(new() { Has = dialog.Page.GetByLabel(label, new() { Exact = true }) });

    /// <summary>The toast that confirms a save.</summary>
    public static ILocator Notification(IPage page, string text) =>
        page.Locator(".rz-notification-item").Filter(new() { HasText = text });
}
