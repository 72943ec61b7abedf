using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// The report form's copy in the browser (ReportForm.razor.js keeps it in localStorage, one per report, and records
/// typing the server never received). Opened once per loaded report, written a moment after changes and after every
/// load or save, cleared when the user decides against it. The copy is a safety net, never a reason to fail: a call
/// that fails or never answers is given up (a call sent while the circuit is disconnected is lost, and would
/// otherwise wait for the one-minute interop timeout).
/// </summary>
/// <param name="content">The copy to write now (report id and <see cref="LocalDraft"/> JSON), or null when none should be written.</param>
public sealed class BrowserCopy(IJSRuntime js, TimeProvider clock, Func<(int ReportId, string Json)?> content) : IAsyncDisposable
{
    public const string ModulePath = "./Components/Pages/Reports/ReportForm.razor.js";

    /// <summary>Changes within this pause are written together.</summary>
    public static readonly TimeSpan WritePause = TimeSpan.FromMilliseconds(500);

    public static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(5);

    private IJSObjectReference? _module;
    private bool _writeScheduled;
    private bool _writeRunning;
    private bool _closed;

    /// <summary>The script is loaded: the copy can be written.</summary>
    public bool IsOpen => _module is not null;

    /// <summary>The browser's offset from UTC, read on opening (0 until then), to show times as the user's clock does.</summary>
    public int UtcOffsetMinutes { get; private set; }

    /// <summary>
    /// Loads the script (once) and reads the copy the browser keeps for the report. Failures are the browser's own
    /// (<see cref="JSException"/>, <see cref="JSDisconnectedException"/>, <see cref="TaskCanceledException"/>): the page
    /// then works without the copy.
    /// </summary>
    public async Task<LocalDraft?> OpenAsync(int reportId)
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        UtcOffsetMinutes = await _module.InvokeAsync<int>("utcOffsetMinutes");
        return LocalDraft.FromJson(await _module.InvokeAsync<string?>("read", reportId));
    }

    /// <summary>Starts recording typing inside <paramref name="root"/>; fails as <see cref="OpenAsync"/> does.</summary>
    public async Task StartAsync(ElementReference root, int reportId, string pendingText)
    {
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("start", root, reportId, pendingText);
        }
    }

    /// <summary>Writes the copy once <see cref="WritePause"/> has passed (once for all the calls until then).</summary>
    public void WriteSoon()
    {
        if (_module is null || _writeScheduled)
        {
            return;
        }

        _writeScheduled = true;
        _ = WriteLaterAsync();
    }

    /// <summary>The form as it is now into the browser's copy (one write at a time: one asked for meanwhile follows soon).</summary>
    public async Task WriteAsync()
    {
        if (_module is null || content() is not { } copy)
        {
            return;
        }

        if (_writeRunning)
        {
            WriteSoon();
            return;
        }

        _writeRunning = true;
        try
        {
            await CallAsync((m, t) => m.InvokeVoidAsync("write", t, copy.ReportId, copy.Json));
        }
        finally
        {
            _writeRunning = false;
        }
    }

    public Task ClearAsync(int reportId) => CallAsync((m, t) => m.InvokeVoidAsync("clear", t, reportId));

    /// <summary>Stops recording typing (another report is loaded, or the page closes).</summary>
    public Task StopAsync() => CallAsync((m, t) => m.InvokeVoidAsync("stop", t));

    /// <summary>Moves the focus to a field of the form (the script owns the page's focus requests too).</summary>
    public Task FocusFieldAsync(string elementId) => CallAsync((m, t) => m.InvokeVoidAsync("focusField", t, elementId));

    public async ValueTask DisposeAsync()
    {
        _closed = true;
        if (_module is null)
        {
            return;
        }

        await StopAsync();
        try
        {
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is already gone.
        }
    }

    private async Task WriteLaterAsync()
    {
        await Task.Delay(WritePause, clock);
        _writeScheduled = false;
        if (!_closed)
        {
            await WriteAsync();
        }
    }

    private async Task CallAsync(Func<IJSObjectReference, CancellationToken, ValueTask> call)
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            using var limit = new CancellationTokenSource(CallLimit, clock);
            await call(_module, limit.Token);
        }
        catch (Exception exception) when (exception is JSException or JSDisconnectedException or TaskCanceledException
                                              or ObjectDisposedException or InvalidOperationException)
        {
            // The browser is gone or busy: its copy is a safety net, never a reason to fail.
        }
    }
}
