using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using MunicipalPress.Infrastructure.DemoData;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MunicipalPress.Browser.Tests.ReportForm;

/// <summary>
/// What an open report form costs the server. The app runs in this test process, so the managed heap after a
/// full collection, with N forms open against none, is what their circuits hold (the browser lives in its own
/// processes). It prints figures for the record and holds the forms to a generous memory budget.
/// </summary>
[Collection(ReportFormCollection.Name)]
public sealed class FormMemoryTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const int Forms = 20;

    [Fact]
    public async Task OpenForms_PrintMemoryPerCircuit()
    {
        // Krasnoyarsk's 2025 report is a draft: every page is an editable form with its model and browser copy.
        var first = await ReportFormPage.SignInAsync(browser, DemoUsers.PressOfficerEmail("krasnoyarsk"), "/my");
        var url = (await first.Page.GetByRole(AriaRole.Link, new() { Name = "Продолжить отчёт" }).GetAttributeAsync("href"))!;

        // The same number of circuits on a simple page first: what any circuit costs, for comparison.
        await OpenAndMeasureAsync(first.Page.Context, "/my", page => Expect(page.GetByTestId("my-current")).ToBeVisibleAsync(), "press officer's home pages");
        var perForm = await OpenAndMeasureAsync(first.Page.Context, url, page => new ReportFormPage(page).WaitEditableAsync(), "report forms");

        // A budget, not a speed target: about half a megabyte is measured; ten times that means the form holds on
        // to something it should not (a leak per keystroke, a copied report per save).
        Assert.True(perForm < PerFormBudgetKb, $"{perForm:0} KB of managed heap per open form (budget {PerFormBudgetKb} KB)");
    }

    private const double PerFormBudgetKb = 5 * 1024;

    /// <returns>Managed heap per circuit, in KB.</returns>
    private async Task<double> OpenAndMeasureAsync(IBrowserContext context, string url, Func<IPage, Task> waitReady, string what)
    {
        var (heapBefore, workingSetBefore) = Measure();
        var pages = new List<IPage>();
        for (var i = 0; i < Forms; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(url);
            await waitReady(page);
            pages.Add(page);
        }

        // Interactive: the circuit exists only once the page has rendered over the WebSocket.
        await Expect(pages[^1].Locator("body")).ToBeVisibleAsync();
        var (heapAfter, workingSetAfter) = Measure();
        Assert.Equal(Forms, pages.Count);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Forms} open {what}: managed heap +{(heapAfter - heapBefore) / 1024.0 / 1024.0:0.0} MB " +
            $"({(heapAfter - heapBefore) / 1024.0 / Forms:0} KB per circuit), working set +{(workingSetAfter - workingSetBefore) / 1024.0 / 1024.0:0.0} MB " +
            $"({(workingSetAfter - workingSetBefore) / 1024.0 / Forms:0} KB per circuit)"));

        // Closed tabs leave their circuits in the server's disconnected-circuit cache for a while; the next
        // measurement starts from that, so each figure is the cost of its own pages only.
        foreach (var page in pages)
        {
            await page.CloseAsync();
        }

        return (heapAfter - heapBefore) / 1024.0 / Forms;
    }

    private static (long Heap, long WorkingSet) Measure()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
