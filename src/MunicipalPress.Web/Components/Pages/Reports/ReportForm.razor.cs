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
    private Actor? _actor;
    private bool _loaded;
    private (int MunicipalityId, int Year)? _loadedFor;
    private MunicipalityDto? _municipality;
    private ReportingYearDto? _campaign;
    private IReadOnlyList<IndicatorDto> _catalogue = [];
    private IReadOnlyList<MunicipalityDto> _catalogueOfCities = [];
    private IReadOnlyList<MunicipalityDto>? _peers;
    private IReadOnlyDictionary<int, string> _municipalityNames = new Dictionary<int, string>();
    private IReadOnlyList<string> _directions = [];
    private ReportDto? _report;
    private ReportDto? _previous;
    private ReportFormModel? _model;

    // Saving: when is the autosave's, what and how is the page's (the version it was loaded at, conflicts, errors).
    private Autosave _autosave = default!;
    private uint _version;
    private string _storedSignature = string.Empty;
    private int _autoResolved;
    private List<FieldError> _saveErrors = [];
    private List<FieldError> _submitErrors = [];
    private ConflictState? _conflict;
    private string? _stopMessage;
    private bool _busy;

    // The browser side: the local copy, focus requests.
    private ElementReference _formRoot;
    private BrowserCopy _browserCopy = default!;
    private bool _browserReady;
    private LocalDraft? _localOffer;
    private string? _focusAfterRender;
    private int _tabIndex;
    private int _historyRefresh;
    private bool _disposed;

    [Parameter]
    public int MunicipalityId { get; set; }

    [Parameter]
    public int Year { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>The cities this report may mention (not archived, not its own): built when the peers' tab first shows.</summary>
    private IReadOnlyList<MunicipalityDto> Peers => _peers ??= _catalogueOfCities.Where(m => !m.IsArchived && m.Id != MunicipalityId).ToList();

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

    private bool HasUnsavedChanges => _autosave.HasUnsavedChanges;

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

    /// <summary>The directions most reports use (the questionnaire's own headings), in the UI language.</summary>
    private IEnumerable<string> CommonDirections =>
        T["Directions_Common"].Value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    protected override void OnInitialized()
    {
        _autosave = new Autosave(Clock, SaveOnceAsync, Render,
            editable: () => _model is not null && CanWrite && ReportIsEditable,
            held: () => _localOffer is not null);
        _browserCopy = new BrowserCopy(JS, Clock, LocalCopy);
    }

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
            // Shared by every open form of this process (one catalogue, not a copy per circuit).
            var directory = await Directory.GetAsync();
            _municipalityNames = directory.Names;
            _catalogueOfCities = directory.All;
            _peers = null;
            _previous = await Reports.GetByMunicipalityAndYearAsync(_actor, MunicipalityId, Year - 1);
            var report = await Reports.GetByMunicipalityAndYearAsync(_actor, MunicipalityId, Year);
            if (report is not null)
            {
                Load(report);
                await LoadChecksAsync();
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

        if (_focusAfterRender is { } id && _browserCopy.IsOpen)
        {
            _focusAfterRender = null;
            await _browserCopy.FocusFieldAsync(id);
        }
    }

    private async Task StartBrowserCopyAsync()
    {
        try
        {
            var local = await _browserCopy.OpenAsync(_report!.Id);
            if (local is not null && local.ReportId == _report.Id && local.HasUnsavedText && CanWrite && ReportIsEditable
                && DiffersFromStored(local))
            {
                _localOffer = local;
            }

            await _browserCopy.StartAsync(_formRoot, _report.Id, T["Local_Pending"].Value);
            if (_localOffer is null)
            {
                await _browserCopy.WriteAsync();
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
        LocalDraftMapping.Restore(restored, local, _report!);
        return ContentSignature.Of(restored) != ContentSignature.Of(_model!);
    }

    private void Load(ReportDto report)
    {
        var outcomes = _model?.PreviousTasks.ToDictionary(t => t.TaskId);
        Follow(report.Id);
        _report = report;
        _version = report.Version;
        _storedSignature = ContentSignature.Of(report);
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
        _autosave.Reset();
        _saveErrors = [];
        _conflict = null;
        _newerBy = null;
        _liveNote = null;
        _stopMessage = null;
        _autoResolved = 0;
        _historyRefresh++;
    }

    private async Task ResetAsync()
    {
        _autosave.CancelPause();
        await _browserCopy.StopAsync();
        Unfollow();
        (_loaded, _municipality, _campaign, _report, _previous, _model) = (false, null, null, null, null, null);
        (_browserReady, _localOffer, _submitErrors, _tabIndex) = (false, null, [], 0);
        (_checks, _submitWarnings) = (null, []);
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
                await LoadChecksAsync();
            }
        }
        catch (Exception exception) when (exception is DomainException or ForbiddenException)
        {
            Feedback.Error(exception.Message);
        }
        finally
        {
            _busy = false;
        }
    }

    private Task OnChangedAsync(FormChange change)
    {
        _autosave.Change();
        _focusAfterRender = change.Focus ?? _focusAfterRender;
        ScheduleLocalCopy();
        return Task.CompletedTask;
    }

    private Task OnFieldLeftAsync() => _autosave.SaveIfPendingAsync();

    private Task RetryNowAsync() => _autosave.SaveNowAsync();

    /// <summary>One save of the form as it is now, on the version it was loaded at; the outcome tells the autosave what comes next.</summary>
    private async Task<SaveOutcome> SaveOnceAsync()
    {
        var batch = _model!.BuildSave();
        try
        {
            var saved = await Editing.SaveAsync(_actor!, _report!.Id, _version, batch.Request);
            if (saved is null)
            {
                Stop(T["Save_Gone"]);
                return SaveOutcome.Stopped;
            }

            _model.Accept(batch, saved);
            _report = saved;
            _version = saved.Version;
            _storedSignature = ContentSignature.Of(saved);
            _autoResolved = 0;
            _saveErrors = [];
            _liveNote = null;
            _historyRefresh++;
            // Written before the form says "saved", not a moment later: a reload in between found the copy from
            // before the save and offered to restore it over the newer saved content.
            await _browserCopy.WriteAsync();
            return SaveOutcome.Saved;
        }
        catch (ConcurrencyConflictException)
        {
            return await OnConflictAsync(batch);
        }
        catch (ValidationFailedException exception)
        {
            _saveErrors = Errors(exception.Errors, batch);
            return SaveOutcome.Invalid;
        }
        catch (ForbiddenException exception)
        {
            Stop(exception.Message);
            return SaveOutcome.Stopped;
        }
        catch (DomainException exception)
        {
            // Most often the report left Draft/Returned elsewhere (submitted in another tab, approved…).
            var current = await Reports.GetAsync(_actor!, _report!.Id);
            if (current?.Status is ReportStatus.Draft or ReportStatus.Returned)
            {
                _saveErrors = [new FieldError(null, string.Empty, exception.Message)];
                return SaveOutcome.Invalid;
            }

            Stop(T["Save_NoLongerEditable"]);
            return SaveOutcome.Stopped;
        }
        catch (Exception exception) when (!_disposed && exception is not OperationCanceledException)
        {
            // The database or the network between us and it: keep the text, try again later.
            var (attempt, delay) = _autosave.NextRetry;
            Logger.LogWarning(exception, "Autosave of report {ReportId} failed (attempt {Attempt}); retrying in {Delay}", _report!.Id, attempt, delay);
            return SaveOutcome.Failed;
        }
    }

    /// <summary>
    /// Someone else saved first. When only the version moved (a review comment, not the content) the save
    /// simply goes again on the new version; otherwise the user sees the differences and chooses.
    /// </summary>
    private async Task<SaveOutcome> OnConflictAsync(SaveBatch batch)
    {
        var current = await Reports.GetAsync(_actor!, _report!.Id);
        if (current is null)
        {
            Stop(T["Save_Gone"]);
            return SaveOutcome.Stopped;
        }

        if (current.Status is ReportStatus.Draft or ReportStatus.Returned
            && ContentSignature.Of(current) == _storedSignature
            && _autoResolved++ < 3)
        {
            _report = current;
            _version = current.Version;
            return SaveOutcome.SaveAgain;
        }

        ShowConflict(current, batch);
        return SaveOutcome.Conflict;
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
        _autosave.Conflict();
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
        _storedSignature = ContentSignature.Of(conflict.Theirs);
        _conflict = null;
        _autosave.Decided();
        await _autosave.SaveNowAsync();
    }

    private async Task TakeTheirsAsync()
    {
        if (_conflict is not { } conflict)
        {
            return;
        }

        Load(conflict.Theirs);
        await _browserCopy.ClearAsync(conflict.Theirs.Id);
        await _browserCopy.WriteAsync();
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
        await _browserCopy.WriteAsync();
    }


    private async Task OnBeforeInternalNavigationAsync(LocationChangingContext context)
    {
        if (!HasUnsavedChanges)
        {
            return;
        }

        if (await _autosave.FlushBeforeLeavingAsync())
        {
            return;
        }

        if (!await Feedback.ConfirmAsync(T["Leave_Title"], T["Leave_Message"], T["Leave_Confirm"], T["Leave_Stay"], danger: true))
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
        _autosave.Stop();
    }

    private void Render()
    {
        if (!_disposed)
        {
            StateHasChanged();
        }
    }

    private string FormatTime(DateTimeOffset value) =>
        value.ToOffset(TimeSpan.FromMinutes(_browserCopy.UtcOffsetMinutes)).ToString("g", CultureInfo.CurrentCulture);

    private string FormatClock(DateTimeOffset value) =>
        value.ToOffset(TimeSpan.FromMinutes(_browserCopy.UtcOffsetMinutes)).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The tabs in <see cref="ReportTab"/> order, each with how many entries it holds (open outcomes for last year's tasks).</summary>
    private IReadOnlyList<string> TabTitles(ReportFormModel model) =>
    [
        TabText(ReportTab.Achievements, model.Achievements.Count),
        TabText(ReportTab.PlannedTasks, model.PlannedTasks.Count),
        TabText(ReportTab.PreviousTasks, model.PreviousTasks.Count(t => t.Outcome is null)),
        TabText(ReportTab.Indicators, model.Indicators.Count(i => !i.IsBlank)),
        TabText(ReportTab.PeerHighlights, model.PeerHighlights.Count),
        TabText(ReportTab.Review, _report!.ReviewComments.Count),
        TabText(ReportTab.History, null),
    ];

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

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        Unfollow();
        await _autosave.CloseAsync(FinalSaveAsync);
        await _browserCopy.DisposeAsync();
    }

    /// <summary>
    /// The circuit is closing with changes the server has but has not stored (the typing pause had not passed):
    /// store them now rather than lose them.
    /// </summary>
    private async Task FinalSaveAsync(CancellationToken cancellationToken)
    {
        if (_report is null)
        {
            return;
        }

        try
        {
            await Editing.SaveAsync(_actor!, _report.Id, _version, _model!.BuildSave().Request, cancellationToken);
        }
        catch (Exception exception)
        {
            Logger.LogWarning(exception, "Final save of report {ReportId} on closing the page failed", _report.Id);
        }
    }
}
