namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// When the report form saves itself: a moment after typing stops (or when a field is left), one save at a time
/// and always with the latest content (changes made during a save cause one more), again after a growing pause
/// when a save failed, and at once before the page is left or closed. It counts edits rather than comparing
/// contents: the form is saved when the last successful save included the last edit. What a save does (the
/// service call, conflicts, field errors) belongs to the page; <c>saveOnce</c> performs one and tells how it went.
/// </summary>
/// <param name="clock">The pauses and the retry countdown run on it.</param>
/// <param name="saveOnce">Saves the form's current content once.</param>
/// <param name="render">Asks the page to show the new state (called from timers, outside the page's events).</param>
/// <param name="editable">The form holds a report that this user may change now.</param>
/// <param name="held">A decision comes first (the browser's copy is offered): nothing is saved on its own until then.</param>
public sealed class Autosave(
    TimeProvider clock,
    Func<Task<SaveOutcome>> saveOnce,
    Action render,
    Func<bool> editable,
    Func<bool> held)
{
    public static readonly TimeSpan TypingPause = TimeSpan.FromSeconds(2);

    /// <summary>How long leaving the page waits for the last save before asking.</summary>
    public static readonly TimeSpan LeaveLimit = TimeSpan.FromSeconds(8);

    private int _changes;
    private int _savedChanges;
    private DateTimeOffset? _retryAt;
    private CancellationTokenSource? _pause;
    private Task? _saving;
    private bool _saveAgain;
    private bool _closed;

    public SaveState State { get; private set; } = SaveState.Unchanged;

    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>Edits since the report was loaded.</summary>
    public int Changes => _changes;

    public bool HasUnsavedChanges => editable() && _changes != _savedChanges;

    public int RetryAttempt { get; private set; }

    /// <summary>The attempt and pause that a failure of the save now running leads to.</summary>
    public (int Attempt, TimeSpan Delay) NextRetry => (RetryAttempt + 1, RetryBackoff.Delay(RetryAttempt + 1));

    public int RetryInSeconds => _retryAt is { } at ? Math.Max(0, (int)Math.Ceiling((at - clock.GetUtcNow()).TotalSeconds)) : 0;

    /// <summary>The save that is running, if any. A save can finish without ever yielding, so this is the task's state, not whether one was started.</summary>
    public Task? RunningSave => _saving is { IsCompleted: false } saving ? saving : null;

    /// <summary>A report was loaded: its content is the stored one.</summary>
    public void Reset()
    {
        _changes = _savedChanges = 0;
        State = SaveState.Unchanged;
        SavedAt = null;
        RetryAttempt = 0;
    }

    /// <summary>The user changed something: save once typing has paused (not while a conflict or a stop waits).</summary>
    public void Change()
    {
        _changes++;
        if (State is SaveState.Conflict or SaveState.Stopped)
        {
            return;
        }

        if (State != SaveState.Saving)
        {
            State = SaveState.Pending;
        }

        SchedulePause(TypingPause);
    }

    /// <summary>The user chose the content to keep (their own over a conflict, the browser's copy): it is a change to store, whatever the state was.</summary>
    public void Decided()
    {
        _changes++;
        State = SaveState.Pending;
    }

    /// <summary>The stored version moved without the content: the next save goes on the new version.</summary>
    public void VersionMoved()
    {
        State = SaveState.Pending;
        _saveAgain = true;
    }

    public void Conflict() => State = SaveState.Conflict;

    public void Stop()
    {
        State = SaveState.Stopped;
        CancelPause();
    }

    /// <summary>A field was left: what waits for the typing pause is saved now.</summary>
    public Task SaveIfPendingAsync() =>
        HasUnsavedChanges && State is SaveState.Pending ? SaveNowAsync() : Task.CompletedTask;

    /// <summary>Saves now, or right after the save that is running (one save at a time, always the latest content).</summary>
    public async Task SaveNowAsync()
    {
        if (_closed || !editable() || held() || State is SaveState.Conflict or SaveState.Stopped)
        {
            return;
        }

        if (_saving is { IsCompleted: false })
        {
            _saveAgain = true;
            return;
        }

        CancelPause();
        _saving = SaveLoopAsync();
        await _saving;
    }

    /// <summary>Saves what is pending, after the save that is running; true when nothing is left unsaved.</summary>
    public async Task<bool> FlushAsync()
    {
        if (_saving is { IsCompleted: false })
        {
            await _saving;
        }

        if (HasUnsavedChanges && State is SaveState.Pending or SaveState.Retrying or SaveState.Saved)
        {
            CancelPause();
            _saving = SaveLoopAsync();
            await _saving;
        }

        return !HasUnsavedChanges && State is not (SaveState.Conflict or SaveState.Invalid or SaveState.Stopped);
    }

    /// <summary>Before leaving the page: true when everything was stored within <see cref="LeaveLimit"/>.</summary>
    public async Task<bool> FlushBeforeLeavingAsync()
    {
        var flush = FlushAsync();
        return await Task.WhenAny(flush, Task.Delay(LeaveLimit, clock)) == flush && await flush;
    }

    /// <summary>
    /// The page is closing: nothing starts any more. Changes the server has but has not stored (the typing pause
    /// had not passed, a retry was waiting) are handed to <paramref name="finalSave"/>, limited to <see cref="LeaveLimit"/>.
    /// </summary>
    public async Task CloseAsync(Func<CancellationToken, Task> finalSave)
    {
        _closed = true;
        CancelPause();
        if (HasUnsavedChanges && _saving is not { IsCompleted: false } && State is SaveState.Pending or SaveState.Retrying)
        {
            using var limit = new CancellationTokenSource(LeaveLimit, clock);
            await finalSave(limit.Token);
        }
    }

    /// <summary>No save waits for a pause any more (one that is running finishes).</summary>
    public void CancelPause()
    {
        _pause?.Cancel();
        _pause?.Dispose();
        _pause = null;
    }

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
            await Task.Delay(delay, clock, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await SaveNowAsync();
    }

    private async Task SaveLoopAsync()
    {
        do
        {
            _saveAgain = false;
            await SaveOnceAsync();
        }
        while (_saveAgain && !_closed && HasUnsavedChanges && State is SaveState.Pending or SaveState.Saved);
    }

    private async Task SaveOnceAsync()
    {
        var changes = _changes;
        State = SaveState.Saving;
        render();
        switch (await saveOnce())
        {
            case SaveOutcome.Saved:
                _savedChanges = changes;
                SavedAt = clock.GetUtcNow();
                RetryAttempt = 0;
                _retryAt = null;
                State = HasUnsavedChanges ? SaveState.Pending : SaveState.Saved;
                if (HasUnsavedChanges && !_saveAgain)
                {
                    SchedulePause(TypingPause);
                }

                break;
            case SaveOutcome.SaveAgain:
                VersionMoved();
                break;
            case SaveOutcome.Conflict:
                Conflict();
                break;
            case SaveOutcome.Invalid:
                State = SaveState.Invalid;
                break;
            case SaveOutcome.Stopped:
                Stop();
                break;
            case SaveOutcome.Failed:
                (RetryAttempt, var delay) = NextRetry;
                _retryAt = clock.GetUtcNow() + delay;
                State = SaveState.Retrying;
                SchedulePause(delay);
                _ = TickRetryCountdownAsync();
                break;
        }

        render();
    }

    private async Task TickRetryCountdownAsync()
    {
        while (!_closed && State == SaveState.Retrying && RetryInSeconds > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), clock);
            render();
        }
    }
}
