using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Components.Rendering;
using MunicipalPress.Web.Components.Layout;
using Npgsql;

namespace MunicipalPress.Api.Tests.Web.Ui;

/// <summary>
/// The layout's error boundary: a page that failed because the database was away renders again by itself once the
/// pause has passed (issue 12); any other failure waits for the reader.
/// </summary>
public sealed class PortalErrorBoundaryTests : BunitContext
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new();

    public PortalErrorBoundaryTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task DatabaseAway_ShowsItsOwnMessage_AndRendersThePageAgainByItself()
    {
        var page = new FailsOnce(new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111)));
        var boundary = Render<PortalErrorBoundary>(p => p
            .Add(b => b.RetryAfter, Pause)
            .Add(b => b.ChildContent, page.Fragment)
            .Add(b => b.ErrorContent, (RenderFragment<Exception>)(_ => b => b.AddContent(0, "база недоступна"))));

        Assert.Contains("база недоступна", boundary.Markup);
        Assert.True(boundary.Instance.IsDatabaseUnavailable);
        _clock.Advance(Pause);
        await boundary.WaitForAssertionAsync(() => Assert.Contains("страница", boundary.Markup), TimeSpan.FromSeconds(5));
        Assert.Equal(2, page.Renders);
    }

    [Fact]
    public void OtherFailure_WaitsForTheReader()
    {
        var page = new FailsOnce(new InvalidOperationException("a bug"));
        var boundary = Render<PortalErrorBoundary>(p => p
            .Add(b => b.RetryAfter, Pause)
            .Add(b => b.ChildContent, page.Fragment)
            .Add(b => b.ErrorContent, (RenderFragment<Exception>)(_ => b => b.AddContent(0, "ошибка"))));

        Assert.False(boundary.Instance.IsDatabaseUnavailable);
        _clock.Advance(Pause * 3);
        Assert.Contains("ошибка", boundary.Markup);
        Assert.Equal(1, page.Renders);
    }

    /// <summary>Content that throws on its first render and renders "страница" after.</summary>
    private sealed class FailsOnce(Exception failure)
    {
        public int Renders { get; private set; }

        public RenderFragment Fragment => builder =>
        {
            builder.OpenComponent<Thrower>(0);
            builder.AddComponentParameter(1, nameof(Thrower.Owner), this);
            builder.CloseComponent();
        };

        public void Render(RenderTreeBuilder builder)
        {
            Renders++;
            if (Renders == 1)
            {
                throw failure;
            }

            builder.AddContent(0, "страница");
        }
    }

    private sealed class Thrower : ComponentBase
    {
        [Parameter]
        public FailsOnce Owner { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder) => Owner.Render(builder);
    }
}
