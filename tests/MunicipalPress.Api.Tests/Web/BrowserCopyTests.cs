using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Time.Testing;
using Microsoft.JSInterop;
using MunicipalPress.Web.Components.Pages.Reports.Editing;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>
/// The report form's copy in the browser, against a hand-written script: writes wait for a pause, and a browser that
/// is gone or never answers is never a reason to fail. Like <see cref="AutosaveTests"/>, away from xunit's context.
/// </summary>
public sealed class BrowserCopyTests
{
    [Fact]
    public Task WriteSoon_WritesOnceAfterThePause_WithTheContentOfThatMoment() => Run(async () =>
    {
        var (clock, script, copy, content) = await OpenAsync();

        content.Json = "{1}";
        copy.WriteSoon();
        content.Json = "{2}";
        copy.WriteSoon();
        clock.Advance(BrowserCopy.WritePause - TimeSpan.FromMilliseconds(1));
        Assert.Empty(script.Calls("write"));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal([[5, "{2}"]], script.Calls("write"));

        copy.WriteSoon();
        clock.Advance(BrowserCopy.WritePause);
        Assert.Equal(2, script.Calls("write").Count);
    });

    [Fact]
    public Task Write_WithNothingToWrite_DoesNotCallTheBrowser() => Run(async () =>
    {
        var (_, script, copy, content) = await OpenAsync();
        content.Json = null;

        await copy.WriteAsync();

        Assert.Empty(script.Calls("write"));
    });

    [Fact]
    public Task Open_ReadsTheOffsetAndTheStoredCopy() => Run(async () =>
    {
        var script = new FakeScript();
        var stored = new LocalDraft(5, 77, true, [], [], [], [], [], new Dictionary<string, string>());
        script.Answer = (identifier, _) => Task.FromResult<object?>(identifier switch
        {
            "utcOffsetMinutes" => 180,
            "read" => stored.ToJson(),
            _ => null,
        });
        var copy = new BrowserCopy(new FakeRuntime(script), new FakeTimeProvider(), () => null);

        var draft = await copy.OpenAsync(5);

        Assert.Equal((5, 77u), (draft!.ReportId, draft.BaseVersion));
        Assert.Equal(180, copy.UtcOffsetMinutes);
        Assert.True(copy.IsOpen);
        Assert.Equal([[5]], script.Calls("read"));
    });

    [Fact]
    public Task ACallThatNeverAnswers_IsAbandonedAfterTheLimit_WithoutThrowing() => Run(async () =>
    {
        var (clock, script, copy, _) = await OpenAsync();
        script.Answer = async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return null;
        };

        var clear = copy.ClearAsync(5);
        clock.Advance(BrowserCopy.CallLimit - TimeSpan.FromMilliseconds(1));
        Assert.False(clear.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        await clear;
        Assert.Equal([[5]], script.Calls("clear"));
    });

    [Theory]
    [InlineData(typeof(JSDisconnectedException))]
    [InlineData(typeof(JSException))]
    [InlineData(typeof(ObjectDisposedException))]
    [InlineData(typeof(InvalidOperationException))]
    public Task ABrowserThatIsGone_NeverThrows(Type failure) => Run(async () =>
    {
        var (clock, script, copy, _) = await OpenAsync();
        script.Answer = (_, _) => throw (Exception)Activator.CreateInstance(failure, "The browser is gone.")!;

        await copy.WriteAsync();
        copy.WriteSoon();
        clock.Advance(BrowserCopy.WritePause);
        await copy.ClearAsync(5);
        await copy.FocusFieldAsync("field-1");
        await copy.StopAsync();
        await copy.DisposeAsync();

        Assert.Equal(2, script.Calls("write").Count);
        Assert.Single(script.Calls("clear"));
        Assert.Single(script.Calls("focusField"));
        Assert.Equal(2, script.Calls("stop").Count);
    });

    [Fact]
    public Task ADisconnectedRuntime_OnDispose_NeverThrows() => Run(async () =>
    {
        var (_, script, copy, _) = await OpenAsync();
        script.Answer = (_, _) => throw new JSDisconnectedException("gone");
        script.DisposeFails = true;

        await copy.DisposeAsync();

        Assert.True(script.DisposeTried);
    });

    [Fact]
    public Task BeforeTheScriptIsLoaded_NothingIsCalled() => Run(async () =>
    {
        var script = new FakeScript();
        var clock = new FakeTimeProvider();
        var copy = new BrowserCopy(new FakeRuntime(script), clock, () => (5, "{}"));

        copy.WriteSoon();
        clock.Advance(BrowserCopy.WritePause);
        await copy.WriteAsync();
        await copy.ClearAsync(5);
        await copy.DisposeAsync();

        Assert.Empty(script.All);
        Assert.False(copy.IsOpen);
    });

    [Fact]
    public Task AfterDispose_AScheduledWriteIsDropped() => Run(async () =>
    {
        var (clock, script, copy, _) = await OpenAsync();

        copy.WriteSoon();
        await copy.DisposeAsync();
        clock.Advance(BrowserCopy.WritePause);

        Assert.Empty(script.Calls("write"));
    });

    private static Task Run(Func<Task> test) => Task.Run(test);

    private static async Task<(FakeTimeProvider Clock, FakeScript Script, BrowserCopy Copy, Content Content)> OpenAsync()
    {
        var clock = new FakeTimeProvider();
        var script = new FakeScript();
        var content = new Content();
        var copy = new BrowserCopy(new FakeRuntime(script), clock, () => content.Json is { } json ? (5, json) : null);
        await copy.OpenAsync(5);
        await copy.StartAsync(new ElementReference("form-root"), 5, "pending");
        script.All.Clear();
        return (clock, script, copy, content);
    }

    private sealed class Content
    {
        public string? Json { get; set; } = "{}";
    }

    /// <summary>The page's script module: records every call and answers as the test says.</summary>
    private sealed class FakeScript : IJSObjectReference
    {
        public List<(string Identifier, object?[] Args)> All { get; } = [];

        public Func<string, CancellationToken, Task<object?>> Answer { get; set; } = (identifier, _) =>
            Task.FromResult<object?>(identifier == "utcOffsetMinutes" ? 0 : null);

        public bool DisposeFails { get; set; }

        public bool DisposeTried { get; private set; }

        public List<object?[]> Calls(string identifier) => All.Where(c => c.Identifier == identifier).Select(c => c.Args).ToList();

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
        {
            All.Add((identifier, args ?? []));
            return new ValueTask<TValue>(Answer(identifier, cancellationToken).ContinueWith(
                t => (TValue)t.GetAwaiter().GetResult()!, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default));
        }

        public ValueTask DisposeAsync()
        {
            DisposeTried = true;
            return DisposeFails ? ValueTask.FromException(new JSDisconnectedException("gone")) : ValueTask.CompletedTask;
        }
    }

    /// <summary>The circuit's runtime: imports give the one module.</summary>
    private sealed class FakeRuntime(FakeScript script) : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            identifier == "import" ? ValueTask.FromResult((TValue)(object)script) : throw new NotSupportedException(identifier);
    }
}
