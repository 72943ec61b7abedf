using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.ReportForm;

/// <summary>
/// The network between the browser and the app goes down while the press officer writes. Chromium's offline
/// mode does not close open WebSockets, so the test proxies the circuit's WebSocket and cuts it (and blocks
/// reconnecting) while "offline".
/// </summary>
[Collection(ReportFormCollection.Name)]
public sealed class ConnectionLossTests(BrowserFixture browser)
{
    private const string BeforeOutage = "Мониторинг СМИ вёлся ежедневно.";
    private const string DuringOutage = " Этот текст набран, пока связи не было.";
    private const string LostCircuit = " А этот — перед тем, как вкладку закрыли без связи.";

    [Fact]
    public async Task ConnectionLost_WhileTyping_TextIsSavedWhenItReturns_OrRestoredFromTheBrowserCopy()
    {
        var page = await browser.NewPageAsync();
        var network = new CircuitNetwork();
        await page.Context.RouteWebSocketAsync(new Regex("/_blazor"), network.Route);
        var form = new ReportFormPage(page);
        await page.GotoAsync("/my");
        await LoginForm.SubmitAsync(page, DemoUsers.PressOfficerEmail("bratsk"), DemoUsers.Password);
        // The circuit's WebSocket is routed through the test, so the page is opened by address, not by a click
        // that could come before the circuit is up.
        var reportUrl = (await page.GetByRole(AriaRole.Link, new() { Name = "Продолжить отчёт" }).GetAttributeAsync("href"))!;
        await page.GotoAsync(reportUrl);
        await form.WaitEditableAsync();

        var text = form.Achievements.First.GetByLabel("Текст");
        var edits = await form.EditsAsync();
        await text.FillAsync(BeforeOutage);
        await form.WaitSavedAsync(edits);
        var editsBeforeOutage = await form.EditsAsync();

        // Mid-sentence the connection drops: Blazor shows its reconnect dialog, the typing stays in the page,
        // and the page says that it is kept in this browser.
        await network.GoOfflineAsync(page.Context);
        await Expect(ReconnectDialog(page)).ToBeVisibleAsync();
        await text.PressSequentiallyAsync(DuringOutage);
        // The notice does not make the page inert: what is typed lands in the field.
        await Expect(text).ToHaveValueAsync(BeforeOutage + DuringOutage);
        await Expect(page.Locator("[data-local-state]")).ToContainTextAsync("Нет связи с сервером");
        await BrowserFixture.ScreenshotAsync(page, "form-30-offline");

        // The connection returns: the circuit resumes and the text typed meanwhile reaches the server and is saved.
        await network.GoOnlineAsync(page.Context);
        await Expect(page.GetByTestId("save-state")).Not.ToHaveAttributeAsync("data-changes", editsBeforeOutage, new() { Timeout = 30_000 });
        await form.WaitSavedAsync(editsBeforeOutage);
        await Expect(ReconnectDialog(page)).ToBeHiddenAsync();
        await Expect(page.Locator("[data-local-state]")).ToBeHiddenAsync(new() { Timeout = 15_000 });
        await page.ReloadAsync();
        await form.WaitEditableAsync();
        await Expect(form.Achievements.First.GetByLabel("Текст")).ToHaveValueAsync(BeforeOutage + DuringOutage);

        // Worse: offline again, more typing, and the tab is closed before the connection returns. The circuit
        // never gets that text; the browser's copy does, and the next visit offers it back.
        await network.GoOfflineAsync(page.Context);
        await Expect(ReconnectDialog(page)).ToBeVisibleAsync();
        await form.Achievements.First.GetByLabel("Текст").PressSequentiallyAsync(LostCircuit);
        await page.CloseAsync();
        await network.GoOnlineAsync(page.Context);

        var again = new ReportFormPage(await page.Context.NewPageAsync());
        await again.Page.GotoAsync(reportUrl);
        var offer = again.Page.GetByTestId("local-copy");
        await Expect(offer).ToContainTextAsync("В этом браузере есть несохранённый текст");
        await Expect(again.Page.Locator(".form-root")).ToContainTextAsync(DuringOutage.Trim());
        await Expect(again.Page.Locator(".form-root")).Not.ToContainTextAsync(LostCircuit.Trim());
        await BrowserFixture.ScreenshotAsync(again.Page, "form-31-restore-offer");
        var editsBeforeRestore = await again.EditsAsync();
        await offer.GetByRole(AriaRole.Button, new() { Name = "Восстановить мой текст" }).ClickAsync();
        await again.WaitEditableAsync();
        await Expect(again.Achievements.First.GetByLabel("Текст")).ToHaveValueAsync(BeforeOutage + DuringOutage + LostCircuit);
        await again.WaitSavedAsync(editsBeforeRestore);

        await again.Page.ReloadAsync();
        await again.WaitEditableAsync();
        await Expect(again.Achievements.First.GetByLabel("Текст")).ToHaveValueAsync(BeforeOutage + DuringOutage + LostCircuit);
        await Expect(again.Page.GetByTestId("local-copy")).ToHaveCountAsync(0);
    }

    // The portal's reconnect dialog (Components/Layout/ReconnectModal.razor), which the .NET 10 script opens and closes.
    private static ILocator ReconnectDialog(IPage page) => page.GetByTestId("reconnect-dialog");

    /// <summary>Passes the circuit's WebSocket through, until told to cut it and refuse new ones.</summary>
    private sealed class CircuitNetwork
    {
        private readonly List<(IWebSocketRoute Page, IWebSocketRoute Server)> _open = [];
        private bool _offline;

        public void Route(IWebSocketRoute route)
        {
            if (_offline)
            {
                _ = route.CloseAsync();
                return;
            }

            lock (_open)
            {
                _open.Add((route, route.ConnectToServer()));
            }
        }

        public async Task GoOfflineAsync(IBrowserContext context)
        {
            _offline = true;
            await context.SetOfflineAsync(true);
            List<(IWebSocketRoute Page, IWebSocketRoute Server)> open;
            lock (_open)
            {
                open = [.. _open];
                _open.Clear();
            }

            foreach (var (page, server) in open)
            {
                await server.CloseAsync();
                await page.CloseAsync();
            }
        }

        public async Task GoOnlineAsync(IBrowserContext context)
        {
            _offline = false;
            await context.SetOfflineAsync(false);
        }
    }
}
