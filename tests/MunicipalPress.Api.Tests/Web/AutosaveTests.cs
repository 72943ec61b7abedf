using Microsoft.Extensions.Time.Testing;
using MunicipalPress.Web.Components.Pages.Reports.Editing;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>
/// When the report form saves itself, on a fake clock. The tests run without a synchronization context
/// (<see cref="Run"/>), so what a timer or a finished save sets off runs at once, inside Advance or SetResult.
/// </summary>
public sealed class AutosaveTests
{
    private static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(100);

    [Fact]
    public Task Change_WaitsForTheTypingPause_ThenSavesOnce() => Run(() =>
    {
        var form = new Form();
        form.Type("a");

        Assert.Equal(SaveState.Pending, form.Autosave.State);
        form.Clock.Advance(Autosave.TypingPause - Moment);
        form.Type("ab");
        form.Clock.Advance(Autosave.TypingPause - Moment);
        Assert.Empty(form.Saves);

        form.Clock.Advance(Moment);
        Assert.Equal(["ab"], form.Saves);
        Assert.Equal(SaveState.Saved, form.Autosave.State);
        Assert.Equal(form.Clock.GetUtcNow(), form.Autosave.SavedAt);
        Assert.False(form.Autosave.HasUnsavedChanges);

        form.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(form.Saves);
        return Task.CompletedTask;
    });

    [Fact]
    public Task ChangesDuringASave_CauseExactlyOneMoreSave_WithTheLatestContent() => Run(() =>
    {
        var form = new Form();
        var first = form.Hold();
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);
        Assert.Equal(SaveState.Saving, form.Autosave.State);

        form.Type("ab");
        form.Type("abc");
        form.Clock.Advance(Autosave.TypingPause);
        _ = form.Autosave.SaveNowAsync();
        Assert.Equal(["a"], form.Saves);

        first.SetResult(SaveOutcome.Saved);
        Assert.Equal(["a", "abc"], form.Saves);
        Assert.Equal(SaveState.Saved, form.Autosave.State);
        Assert.False(form.Autosave.HasUnsavedChanges);

        form.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, form.Saves.Count);
        return Task.CompletedTask;
    });

    [Fact]
    public Task ChangeDuringASave_ThatEndsBeforeThePause_IsSavedAfterThePause() => Run(() =>
    {
        var form = new Form();
        var first = form.Hold();
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);
        form.Type("ab");

        first.SetResult(SaveOutcome.Saved);
        Assert.Equal(SaveState.Pending, form.Autosave.State);
        Assert.True(form.Autosave.HasUnsavedChanges);
        form.Clock.Advance(Autosave.TypingPause - Moment);
        Assert.Single(form.Saves);

        form.Clock.Advance(Moment);
        Assert.Equal(["a", "ab"], form.Saves);
        Assert.Equal(SaveState.Saved, form.Autosave.State);
        return Task.CompletedTask;
    });

    [Fact]
    public Task TransientFailure_RetriesAfterTheBackoff_ShowingRetryingAndTheCountdown_ThenSaved() => Run(() =>
    {
        var form = new Form();
        form.Outcomes.Enqueue(SaveOutcome.Failed);
        form.Outcomes.Enqueue(SaveOutcome.Failed);
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);

        Assert.Equal(SaveState.Retrying, form.Autosave.State);
        Assert.Equal((2, RetryBackoff.Delay(2)), form.Autosave.NextRetry);
        Assert.Equal(2, form.Autosave.RetryInSeconds);
        var renders = form.Renders;
        form.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, form.Autosave.RetryInSeconds);
        Assert.True(form.Renders > renders, "The countdown is shown as it runs.");
        form.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, form.Saves.Count);

        Assert.Equal(SaveState.Retrying, form.Autosave.State);
        Assert.Equal(4, form.Autosave.RetryInSeconds);
        form.Clock.Advance(TimeSpan.FromSeconds(4) - Moment);
        Assert.Equal(2, form.Saves.Count);
        form.Clock.Advance(Moment);

        Assert.Equal(3, form.Saves.Count);
        Assert.Equal(SaveState.Saved, form.Autosave.State);
        Assert.Equal(0, form.Autosave.RetryInSeconds);
        Assert.Equal((1, RetryBackoff.Delay(1)), form.Autosave.NextRetry);
        return Task.CompletedTask;
    });

    [Theory]
    [InlineData(SaveOutcome.Conflict, SaveState.Conflict)]
    [InlineData(SaveOutcome.Invalid, SaveState.Invalid)]
    [InlineData(SaveOutcome.Stopped, SaveState.Stopped)]
    public Task RefusedSave_EndsTheLoop_EvenWithChangesMadeMeanwhile(SaveOutcome outcome, SaveState state) => Run(() =>
    {
        var form = new Form();
        var first = form.Hold();
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);
        form.Type("ab");
        form.Clock.Advance(Autosave.TypingPause);

        first.SetResult(outcome);
        form.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Single(form.Saves);
        Assert.Equal(state, form.Autosave.State);
        Assert.True(form.Autosave.HasUnsavedChanges);
        return Task.CompletedTask;
    });

    [Theory]
    [InlineData(SaveOutcome.Conflict)]
    [InlineData(SaveOutcome.Stopped)]
    public Task AfterAConflictOrAStop_TypingSavesNothing(SaveOutcome outcome) => Run(async () =>
    {
        var form = new Form();
        form.Outcomes.Enqueue(outcome);
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);

        form.Type("ab");
        form.Clock.Advance(TimeSpan.FromMinutes(1));
        await form.Autosave.SaveNowAsync();

        Assert.Single(form.Saves);
    });

    [Fact]
    public Task AfterAnInvalidSave_TheNextChangeSavesAgain() => Run(() =>
    {
        var form = new Form();
        form.Outcomes.Enqueue(SaveOutcome.Invalid);
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);
        Assert.Equal(SaveState.Invalid, form.Autosave.State);

        form.Type("ab");
        Assert.Equal(SaveState.Pending, form.Autosave.State);
        form.Clock.Advance(Autosave.TypingPause);

        Assert.Equal(["a", "ab"], form.Saves);
        Assert.Equal(SaveState.Saved, form.Autosave.State);
        return Task.CompletedTask;
    });

    [Fact]
    public Task OnlyTheVersionMoved_SavesAgainAtOnce() => Run(() =>
    {
        var form = new Form();
        form.Outcomes.Enqueue(SaveOutcome.SaveAgain);
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);

        Assert.Equal(["a", "a"], form.Saves);
        Assert.Equal(SaveState.Saved, form.Autosave.State);
        return Task.CompletedTask;
    });

    [Fact]
    public Task WhileTheBrowserCopyIsOffered_NothingIsSaved_UntilTheUserDecides() => Run(async () =>
    {
        var form = new Form { Held = true };
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);
        Assert.Empty(form.Saves);

        form.Held = false;
        form.Autosave.Decided();
        await form.Autosave.SaveNowAsync();

        Assert.Equal(["a"], form.Saves);
    });

    [Fact]
    public Task Flush_SavesPendingChangesAtOnce_AndSaysEverythingIsSaved() => Run(async () =>
    {
        var form = new Form();
        form.Type("a");

        Assert.True(await form.Autosave.FlushAsync());
        Assert.Equal(["a"], form.Saves);

        form.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(form.Saves);
        Assert.True(await form.Autosave.FlushAsync());
        Assert.Single(form.Saves);
    });

    [Fact]
    public Task Flush_WhenTheServerRefuses_SaysNotEverythingIsSaved() => Run(async () =>
    {
        var form = new Form();
        form.Outcomes.Enqueue(SaveOutcome.Invalid);
        form.Type("a");

        Assert.False(await form.Autosave.FlushAsync());
        Assert.Single(form.Saves);
    });

    [Fact]
    public Task Flush_WaitsForTheRunningSave_ThenSavesWhatCameAfter() => Run(async () =>
    {
        var form = new Form();
        var first = form.Hold();
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);
        form.Type("ab");

        var flush = form.Autosave.FlushAsync();
        Assert.False(flush.IsCompleted);
        first.SetResult(SaveOutcome.Saved);

        Assert.True(await flush);
        Assert.Equal(["a", "ab"], form.Saves);
    });

    [Fact]
    public Task FlushBeforeLeaving_GivesUpOnASaveThatDoesNotAnswerInTime() => Run(async () =>
    {
        var form = new Form();
        form.Hold();
        form.Type("a");

        var leave = form.Autosave.FlushBeforeLeavingAsync();
        form.Clock.Advance(Autosave.LeaveLimit - Moment);
        Assert.False(leave.IsCompleted);
        form.Clock.Advance(Moment);

        Assert.False(await leave);
    });

    [Fact]
    public Task Close_HandsChangesThePauseHadNotSavedToTheFinalSave_AndStopsTheTimers() => Run(async () =>
    {
        var form = new Form();
        form.Type("a");
        var finalSaves = new List<CancellationToken>();

        await form.Autosave.CloseAsync(token =>
        {
            finalSaves.Add(token);
            return Task.CompletedTask;
        });
        form.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Single(finalSaves);
        Assert.True(finalSaves[0].CanBeCanceled);
        Assert.Empty(form.Saves);
    });

    [Fact]
    public Task Close_WithEverythingSaved_HasNothingToSave() => Run(async () =>
    {
        var form = new Form();
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);
        var finalSaves = 0;

        await form.Autosave.CloseAsync(_ =>
        {
            finalSaves++;
            return Task.CompletedTask;
        });

        Assert.Equal(0, finalSaves);
    });

    [Fact]
    public Task Reset_ForgetsTheChangesOfTheReportLoadedBefore() => Run(() =>
    {
        var form = new Form();
        form.Outcomes.Enqueue(SaveOutcome.Invalid);
        form.Type("a");
        form.Clock.Advance(Autosave.TypingPause);

        form.Autosave.Reset();

        Assert.Equal(SaveState.Unchanged, form.Autosave.State);
        Assert.Equal(0, form.Autosave.Changes);
        Assert.False(form.Autosave.HasUnsavedChanges);
        return Task.CompletedTask;
    });

    /// <summary>Runs a test away from xunit's synchronization context, as the page's renderer would run it on its own.</summary>
    private static Task Run(Func<Task> test) => Task.Run(test);

    /// <summary>A page around the autosave: what is typed, the saves it makes (with the content at that moment), their outcomes.</summary>
    private sealed class Form
    {
        private TaskCompletionSource<SaveOutcome>? _held;

        public Form() =>
            Autosave = new Autosave(Clock, SaveOnceAsync, () => Renders++, editable: () => true, held: () => Held);

        public FakeTimeProvider Clock { get; } = new();

        public Autosave Autosave { get; }

        public string Text { get; private set; } = string.Empty;

        public List<string> Saves { get; } = [];

        /// <summary>Outcomes of the next saves; when empty, a save succeeds.</summary>
        public Queue<SaveOutcome> Outcomes { get; } = new();

        public bool Held { get; set; }

        public int Renders { get; private set; }

        public void Type(string text)
        {
            Text = text;
            Autosave.Change();
        }

        /// <summary>The next save waits until the test sets its outcome.</summary>
        public TaskCompletionSource<SaveOutcome> Hold() => _held = new TaskCompletionSource<SaveOutcome>();

        private Task<SaveOutcome> SaveOnceAsync()
        {
            Saves.Add(Text);
            if (_held is { } held)
            {
                _held = null;
                return held.Task;
            }

            return Task.FromResult(Outcomes.TryDequeue(out var outcome) ? outcome : SaveOutcome.Saved);
        }
    }
}
