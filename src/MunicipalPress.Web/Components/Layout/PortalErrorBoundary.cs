using Microsoft.AspNetCore.Components.Web;
using MunicipalPress.Infrastructure.Persistence;

namespace MunicipalPress.Web.Components.Layout;

/// <summary>
/// The layout's error boundary. A page that fails because the database cannot be reached (stopped, restarting: ADR
/// 0024) is not an unexpected error: the boundary says so and renders the page again by itself after
/// <see cref="RetrySeconds"/>, as often as it takes; the reader may also retry at once. Other errors keep the
/// generic message and wait for the reader.
/// </summary>
public sealed class PortalErrorBoundary : ErrorBoundary, IDisposable
{
    public const int RetrySeconds = 10;

    /// <summary>How long to wait before rendering the content again after the database was away (tests shorten it).</summary>
    [Microsoft.AspNetCore.Components.Parameter]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(RetrySeconds);

    private CancellationTokenSource? _retry;

    [Microsoft.AspNetCore.Components.Inject]
    private TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The current error is the database being away.</summary>
    public bool IsDatabaseUnavailable => CurrentException is { } exception && DatabaseFaults.IsUnavailable(exception);

    /// <summary>Clears the error and renders the content again (now, or when the scheduled retry comes).</summary>
    public new void Recover()
    {
        _retry?.Cancel();
        base.Recover();
    }

    protected override async Task OnErrorAsync(Exception exception)
    {
        await base.OnErrorAsync(exception);
        if (DatabaseFaults.IsUnavailable(exception))
        {
            _retry?.Cancel();
            _retry = new CancellationTokenSource();
            _ = RetryLaterAsync(_retry.Token);
        }
    }

    private async Task RetryLaterAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(RetryAfter, Clock, cancellationToken);
            await InvokeAsync(base.Recover);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose() => _retry?.Cancel();
}
