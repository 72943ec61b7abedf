using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Web.Components.Pages.Reports.Editing;
using Radzen;

namespace MunicipalPress.Web.Components.Pages.Reports;

/// <summary>
/// The yearly report form: a city's report for one year, edited in tabs, saved by itself a moment after
/// typing stops (and when a field is left), with the version it was loaded at, so two editors never
/// overwrite each other silently. The workflow (submit, return, approve, reopen), the review thread and the
/// history sit on the same page. A copy of the form lives in the browser (see ReportForm.razor.js) for the
/// case the circuit is lost for good.
/// </summary>
public sealed partial class ReportForm
{
    private static readonly TimeSpan TypingPause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LocalCopyPause = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LeaveSaveLimit = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan JsCallLimit = TimeSpan.FromSeconds(5);

    /// <summary>Directions most reports use (the questionnaire's own headings); the report's own ones are added.</summary>
    private static readonly string[] CommonDirections =
    [
        "Взаимодействие со СМИ",
        "Официальный сайт",
        "Работа в социальных сетях",
        "Обратная связь с жителями",
        "Доступ к информации",
        "Мероприятия",
        "Издательская деятельность",
        "Внутренние коммуникации",
    ];

    private Actor? _actor;
    private bool _loaded;
    private (int MunicipalityId, int Year)? _loadedFor;
    private MunicipalityDto? _municipality;
    private ReportingYearDto? _campaign;
    private IReadOnlyList<IndicatorDto> _catalogue = [];
    private IReadOnlyList<MunicipalityDto> _peers = [];
    private Dictionary<int, string> _municipalityNames = [];
    private IReadOnlyList<string> _directions = CommonDirections;
    private ReportDto? _report;
    private ReportDto? _previous;
    private ReportFormModel? _model;

    // Autosave: _changes counts edits, _savedChanges the count the last successful save included.
    private uint _version;
    private string _storedSignature = string.Empty;
    private int _changes;
    private int _savedChanges;
    private SaveState _saveState = SaveState.Unchanged;
    private DateTimeOffset? _savedAt;
    private int _retryAttempt;
    private DateTimeOffset? _retryAt;
    private CancellationTokenSource? _pause;
    private Task? _saving;
    private bool _saveAgain;
    private int _autoResolved;
    private List<FieldError> _saveErrors = [];
    private List<FieldError> _submitErrors = [];
    private ConflictState? _conflict;
    private string? _stopMessage;
    private bool _busy;

    // The browser side: module, local copy, focus requests.
    private ElementReference _formRoot;
    private IJSObjectReference? _module;
    private bool _browserReady;
    private LocalDraft? _localOffer;
    private bool _localWriteScheduled;
    private bool _localWriteRunning;
    private string? _focusAfterRender;
    private int _utcOffsetMinutes;
    private int _tabIndex;
    private int _historyRefresh;
    private bool _disposed;

    [Parameter]
    public int MunicipalityId { get; set; }

    [Parameter]
    public int Year { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    private bool CanWrite => _actor is not null && ReportAccess.CanWrite(_actor, MunicipalityId);

    private bool CanStart => CanWrite && _municipality is { IsArchived: false }
        && (_campaign?.State == ReportingYearState.Open || (_actor!.IsAdministrator && _campaign?.State != ReportingYearState.Closed));

    private bool ReportIsEditable => _report?.Status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>Inputs are shown: the user may write, the report is a draft, and nothing waits for a decision first.</summary>
    private bool FormIsEditable => CanWrite && ReportIsEditable && _localOffer is null && _stopMessage is null && _browserReady;

    private bool CanSubmit => CanWrite && ReportIsEditable && _stopMessage is null;

    private bool CanReview => _actor is not null && ReportAccess.CanReview(_actor) && _report?.Status == ReportStatus.Submitted;

    private bool CanReopen => _actor is not null && ReportAccess.CanReopen(_actor) && _report?.Status == ReportStatus.Approved;

    private bool CanComment => _actor is not null && ReportAccess.CanComment(_actor, MunicipalityId);

    private bool HasUnsavedChanges => _model is not null && CanWrite && ReportIsEditable && _changes != _savedChanges;

    private IReadOnlyList<FieldError> AllErrors => [.. _submitErrors, .. _saveErrors];

    private int DaysLeft => _campaign is null ? 0 : _campaign.Deadline.DayNumber - DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).DayNumber;

    private string? DeadlineNote => _report?.SubmittedAt is not null && _report.Status != ReportStatus.Draft
        ? null
        : DaysLeft switch
        {
            > 0 => T["Form_DaysLeft", DaysLeft].Value,
            0 => T["Form_DueToday"].Value,
            _ => T["Form_Overdue", -DaysLeft].Value,
        };

    private int RetryInSeconds => _retryAt is { } at ? Math.Max(0, (int)Math.Ceiling((at - Clock.GetUtcNow()).TotalSeconds)) : 0;

    protected override async Task OnParametersSetAsync()
    {
        // Everything here needs the circuit (autosave, the browser copy): prerendering shows "loading" only.
        if (!RendererInfo.IsInteractive || _loadedFor == (MunicipalityId, Year))
        {
            return;
        }

        await ResetAsync();
        _loadedFor = (MunicipalityId, Year);
        _actor = Actor.From((await AuthState).User);
        if (_actor is null)
        {
            return;
        }

        _municipality = await Municipalities.GetAsync(MunicipalityId);
        _campaign = (await ReportingYears.ListAsync()).FirstOrDefault(y => y.Year == Year);
        if (_municipality is not null && _campaign is not null)
        {
            _catalogue = await IndicatorCatalog.ListAsync(includeInactive: true);
            var all = await Municipalities.ListAsync(new MunicipalityQuery(IncludeArchived: true));
            _municipalityNames = all.ToDictionary(m => m.Id, m => m.Name);
            _peers = all.Where(m => !m.IsArchived && m.Id != MunicipalityId).ToList();
            _previous = await Reports.GetByMunicipalityAndYearAsync(_actor, MunicipalityId, Year - 1);
            var report = await Reports.GetByMunicipalityAndYearAsync(_actor, MunicipalityId, Year);
            if (report is not null)
            {
                Load(report);
            }
        }

        _loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_disposed || !_loaded)
        {
            return;
        }

        if (_report is not null && _model is not null && !_browserReady)
        {
            await StartBrowserCopyAsync();
            return;
        }

        if (_focusAfterRender is { } id && _module is not null)
        {
            _focusAfterRender = null;
            await SafeJsAsync((m, t) => m.InvokeVoidAsync("focusField", t, id));
        }
    }

    private async Task StartBrowserCopyAsync()
    {
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Reports/ReportForm.razor.js");
            _utcOffsetMinutes = await _module.InvokeAsync<int>("utcOffsetMinutes");
            var local = LocalDraft.FromJson(await _module.InvokeAsync<string?>("read", _report!.Id));
            if (local is not null && local.ReportId == _report.Id && local.HasUnsavedText && CanWrite && ReportIsEditable
                && DiffersFromStored(local))
            {
                _localOffer = local;
            }

            await _module.InvokeVoidAsync("start", _formRoot, _report.Id, T["Local_Pending"].Value);
            if (_localOffer is null)
            {
                await WriteLocalCopyAsync();
            }
        }
        catch (Exception exception) when (exception is JSException or JSDisconnectedException or TaskCanceledException)
        {
            // No module, no storage, no answer: the form still works, without the browser's copy.
            Logger.LogWarning(exception, "The report form's browser copy is not available");
        }

        _browserReady = true;
        StateHasChanged();
    }

    private bool DiffersFromStored(LocalDraft local)
    {
        var restored = ReportFormModel.From(_report!, _previous, _catalogue, CultureInfo.CurrentCulture);
        restored.Restore(local, _report!);
        return restored.Signature() != _model!.Signature();
    }

    private void Load(ReportDto report)
    {
        var outcomes = _model?.PreviousTasks.ToDictionary(t => t.TaskId);
        Follow(report.Id);
        _report = report;
        _version = report.Version;
        _storedSignature = ReportFormModel.Signature(report);
        _model = ReportFormModel.From(report, _previous, _catalogue, CultureInfo.CurrentCulture);

        // Outcomes belong to last year's report, read once; the ones saved since are in the old model.
        foreach (var task in _model.PreviousTasks)
        {
            if (outcomes?.GetValueOrDefault(task.TaskId) is { } kept)
            {
                task.Outcome = kept.Outcome;
                task.Comment = kept.Comment;
            }
        }

        _directions = CommonDirections
            .Concat(report.Achievements.Select(a => a.Direction))
            .Concat(_previous?.Achievements.Select(a => a.Direction) ?? [])
            .OfType<string>()
            .Distinct(StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        _changes = _savedChanges = 0;
        _saveState = SaveState.Unchanged;
        _savedAt = null;
        _saveErrors = [];
        _conflict = null;
        _newerBy = null;
        _liveNote = null;
        _stopMessage = null;
        _retryAttempt = 0;
        _autoResolved = 0;
        _historyRefresh++;
    }

    private async Task ResetAsync()
    {
        CancelPause();
        if (_module is not null)
        {
            await SafeJsAsync((m, t) => m.InvokeVoidAsync("stop", t));
        }

        Unfollow();
        (_loaded, _municipality, _campaign, _report, _previous, _model) = (false, null, null, null, null, null);
        (_browserReady, _localOffer, _submitErrors, _tabIndex) = (false, null, [], 0);
    }

    private async Task StartAsync()
    {
        _busy = true;
        try
        {
            var report = await Editing.CreateDraftAsync(_actor!, MunicipalityId, Year);
            if (report is not null)
            {
                Load(report);
            }
        }
        catch (Exception exception) when (exception is DomainException or ForbiddenException)
        {
            Notify(NotificationSeverity.Error, exception.Message);
        }
        finally
        {
            _busy = false;
        }
    }

    private Task OnChangedAsync(FormChange change)
    {
        _changes++;
        _focusAfterRender = change.Focus ?? _focusAfterRender;
        ScheduleLocalCopy();
        if (_saveState is SaveState.Conflict or SaveState.Stopped)
        {
            return Task.CompletedTask;
        }

        if (_saveState != SaveState.Saving)
        {
            _saveState = SaveState.Pending;
        }

        SchedulePause(TypingPause);
        return Task.CompletedTask;
    }

    private Task OnFieldLeftAsync() =>
        HasUnsavedChanges && _saveState is SaveState.Pending ? SaveNowAsync() : Task.CompletedTask;

    private Task RetryNowAsync() => SaveNowAsync();

    private void SchedulePause(TimeSpan delay)
    {
        CancelPause();
        var pause = _pause = new CancellationTokenSource();
        _ = WaitThenSaveAsync(delay, pause.Token);
    }

    private async Task WaitThenSaveAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, Clock, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await SaveNowAsync();
    }

    private void CancelPause()
    {
        _pause?.Cancel();
        _pause?.Dispose();
        _pause = null;
    }

    /// <summary>Saves now, or right after the save that is running (one save at a time, always the latest content).</summary>
    private async Task SaveNowAsync()
    {
        if (_disposed || _model is null || !CanWrite || !ReportIsEditable || _localOffer is not null
            || _saveState is SaveState.Conflict or SaveState.Stopped)
        {
            return;
        }

        // A save can finish without ever yielding (the database answered from buffers), so "running" is
        // the task's state, not whether a task was stored.
        if (_saving is { IsCompleted: false })
        {
            _saveAgain = true;
            return;
        }

        CancelPause();
        _saving = SaveLoopAsync();
        await _saving;
    }

    private async Task SaveLoopAsync()
    {
        do
        {
            _saveAgain = false;
            await SaveOnceAsync();
        }
        while (_saveAgain && !_disposed && HasUnsavedChanges && _saveState is SaveState.Pending or SaveState.Saved);
    }

    private async Task SaveOnceAsync()
    {
        var batch = _model!.BuildSave();
        var changes = _changes;
        _saveState = SaveState.Saving;
        Render();
        try
        {
            var saved = await Editing.SaveAsync(_actor!, _report!.Id, _version, batch.Request);
            if (saved is null)
            {
                Stop(T["Save_Gone"]);
                return;
            }

            _model.Accept(batch, saved);
            _report = saved;
            _version = saved.Version;
            _storedSignature = ReportFormModel.Signature(saved);
            _savedChanges = changes;
            _savedAt = Clock.GetUtcNow();
            _retryAttempt = 0;
            _retryAt = null;
            _autoResolved = 0;
            _saveErrors = [];
            _liveNote = null;
            _historyRefresh++;
            _saveState = HasUnsavedChanges ? SaveState.Pending : SaveState.Saved;
            if (HasUnsavedChanges && !_saveAgain)
            {
                SchedulePause(TypingPause);
            }

            ScheduleLocalCopy();
        }
        catch (ConcurrencyConflictException)
        {
            await OnConflictAsync(batch);
        }
        catch (ValidationFailedException exception)
        {
            _saveErrors = Errors(exception.Errors, batch);
            _saveState = SaveState.Invalid;
        }
        catch (ForbiddenException exception)
        {
            Stop(exception.Message);
        }
        catch (DomainException exception)
        {
            // Most often the report left Draft/Returned elsewhere (submitted in another tab, approved…).
            var current = await Reports.GetAsync(_actor!, _report!.Id);
            if (current?.Status is ReportStatus.Draft or ReportStatus.Returned)
            {
                _saveErrors = [new FieldError(null, string.Empty, exception.Message)];
                _saveState = SaveState.Invalid;
            }
            else
            {
                Stop(T["Save_NoLongerEditable"]);
            }
        }
        catch (Exception exception) when (!_disposed && exception is not OperationCanceledException)
        {
            // The database or the network between us and it: keep the text, try again later.
            _retryAttempt++;
            var delay = RetryBackoff.Delay(_retryAttempt);
            Logger.LogWarning(exception, "Autosave of report {ReportId} failed (attempt {Attempt}); retrying in {Delay}", _report!.Id, _retryAttempt, delay);
            _retryAt = Clock.GetUtcNow() + delay;
            _saveState = SaveState.Retrying;
            SchedulePause(delay);
            _ = TickRetryCountdownAsync();
        }

        Render();
    }

    private async Task TickRetryCountdownAsync()
    {
        while (!_disposed && _saveState == SaveState.Retrying && RetryInSeconds > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), Clock);
            Render();
        }
    }

    /// <summary>
    /// Someone else saved first. When only the version moved (a review comment, not the content) the save
    /// simply goes again on the new version; otherwise the user sees the differences and chooses.
    /// </summary>
    private async Task OnConflictAsync(SaveBatch batch)
    {
        var current = await Reports.GetAsync(_actor!, _report!.Id);
        if (current is null)
        {
            Stop(T["Save_Gone"]);
            return;
        }

        if (current.Status is ReportStatus.Draft or ReportStatus.Returned
            && ReportFormModel.Signature(current) == _storedSignature
            && _autoResolved++ < 3)
        {
            _report = current;
            _version = current.Version;
            _saveState = SaveState.Pending;
            _saveAgain = true;
            return;
        }

        ShowConflict(current, batch);
    }

    /// <summary>Shows how the stored report differs from the user's (again, when it moved on while the conflict was open).</summary>
    private void ShowConflict(ReportDto current, SaveBatch batch)
    {
        _conflict = new ConflictState(
            current,
            ReportComparer.Compare(
                batch.Request,
                current,
                _report!,
                id => _catalogue.FirstOrDefault(i => i.Id == id)?.NameFor(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? "?",
                id => _municipalityNames.GetValueOrDefault(id) ?? "?",
                CultureInfo.CurrentCulture));
        _newerBy = null;
        _liveNote = null;
        _saveState = SaveState.Conflict;
        _tabIndex = _tabIndex == (int)ReportTab.History ? 0 : _tabIndex;
    }

    private async Task KeepMineAsync()
    {
        if (_conflict is not { } conflict)
        {
            return;
        }

        _model!.ForgetIdsNotIn(conflict.Theirs);
        _report = conflict.Theirs;
        _version = conflict.Theirs.Version;
        _storedSignature = ReportFormModel.Signature(conflict.Theirs);
        _conflict = null;
        _saveState = SaveState.Pending;
        _changes++;
        await SaveNowAsync();
    }

    private async Task TakeTheirsAsync()
    {
        if (_conflict is not { } conflict)
        {
            return;
        }

        Load(conflict.Theirs);
        await SafeJsAsync((m, t) => m.InvokeVoidAsync("clear", t, conflict.Theirs.Id));
        await WriteLocalCopyAsync();
    }

    private async Task ReloadAsync()
    {
        var report = await Reports.GetByMunicipalityAndYearAsync(_actor!, MunicipalityId, Year);
        if (report is null)
        {
            Navigation.Refresh(forceReload: true);
            return;
        }

        Load(report);
        await WriteLocalCopyAsync();
    }

    /// <summary>Saves what is pending; true when nothing is left unsaved.</summary>
    private async Task<bool> FlushAsync()
    {
        if (_saving is { IsCompleted: false })
        {
            await _saving;
        }

        if (HasUnsavedChanges && _saveState is SaveState.Pending or SaveState.Retrying or SaveState.Saved)
        {
            CancelPause();
            _saving = SaveLoopAsync();
            await _saving;
        }

        return !HasUnsavedChanges && _saveState is not (SaveState.Conflict or SaveState.Invalid or SaveState.Stopped);
    }

    private async Task OnBeforeInternalNavigationAsync(LocationChangingContext context)
    {
        if (!HasUnsavedChanges)
        {
            return;
        }

        var flush = FlushAsync();
        if (await Task.WhenAny(flush, Task.Delay(LeaveSaveLimit, Clock)) == flush && await flush)
        {
            return;
        }

        var leave = await Dialogs.Confirm(
            T["Leave_Message"], T["Leave_Title"],
            new ConfirmOptions { OkButtonText = T["Leave_Confirm"], CancelButtonText = T["Leave_Stay"] });
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    private void OnTabChanged(int index) => _tabIndex = index;

    private async Task GoToAsync(FieldTarget target)
    {
        _tabIndex = (int)target.Tab;
        _focusAfterRender = target.ElementId;
        StateHasChanged();
        await Task.Yield();
    }

    private void Stop(string message)
    {
        _stopMessage = message;
        _saveState = SaveState.Stopped;
        CancelPause();
    }

    private void Render()
    {
        if (!_disposed)
        {
            StateHasChanged();
        }
    }

    private void Notify(NotificationSeverity severity, string message) =>
        Notifications.Notify(new NotificationMessage { Severity = severity, Summary = message, Duration = 6000 });

    private string FormatTime(DateTimeOffset value) =>
        value.ToOffset(TimeSpan.FromMinutes(_utcOffsetMinutes)).ToString("g", CultureInfo.CurrentCulture);

    private string FormatClock(DateTimeOffset value) =>
        value.ToOffset(TimeSpan.FromMinutes(_utcOffsetMinutes)).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private string TabText(ReportTab tab, int? count) =>
        count is > 0 ? $"{T[$"Tab_{tab}"]} ({count})" : T[$"Tab_{tab}"];

    private string TargetName(FieldTarget target)
    {
        var tab = T[$"Tab_{target.Tab}"];
        if (target.Name is { } code)
        {
            var name = _catalogue.FirstOrDefault(i => i.Code == code)?.NameFor(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? code;
            return $"{tab}: {name}";
        }

        return target.Position is { } position ? $"{tab}, {T["Conflict_Entry", position]}" : tab;
    }

    /// <summary>
    /// A call into the page's script that may fail or never answer (a call sent while the circuit is
    /// disconnected is lost, and would otherwise wait for the one-minute interop timeout).
    /// </summary>
    private async Task SafeJsAsync(Func<IJSObjectReference, CancellationToken, ValueTask> call)
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            using var limit = new CancellationTokenSource(JsCallLimit);
            await call(_module, limit.Token);
        }
        catch (Exception exception) when (exception is JSException or JSDisconnectedException or TaskCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The browser is gone or busy: its copy is a safety net, never a reason to fail.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        Unfollow();
        CancelPause();

        // The circuit is closing with changes the server has but has not stored (the typing pause had not
        // passed): store them now rather than lose them.
        if (HasUnsavedChanges && _saving is not { IsCompleted: false } && _saveState is SaveState.Pending or SaveState.Retrying && _report is not null)
        {
            try
            {
                using var limit = new CancellationTokenSource(LeaveSaveLimit);
                await Editing.SaveAsync(_actor!, _report.Id, _version, _model!.BuildSave().Request, limit.Token);
            }
            catch (Exception exception)
            {
                Logger.LogWarning(exception, "Final save of report {ReportId} on closing the page failed", _report.Id);
            }
        }

        if (_module is not null)
        {
            await SafeJsAsync((m, t) => m.InvokeVoidAsync("stop", t));
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is already gone.
            }
        }
    }
}
