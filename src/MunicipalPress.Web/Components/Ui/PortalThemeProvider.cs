using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// MudThemeProvider's output, rendered once per process and palette and shared by every circuit. The library's
/// provider builds the theme's CSS (every palette colour, type scale, shadow and z-index as a variable, about 12,000
/// characters) into a new string in each circuit, and each instance carries a theme of its own (two palettes of 54
/// colours) besides the one it is given: 24 KB and more per open page (docs/performance.md). Here the library's
/// provider renders in a private <see cref="HtmlRenderer"/> the first time a palette is asked for, so the output is
/// exactly the library's; a circuit keeps one small component that points at that string.
/// </summary>
public sealed class PortalThemeProvider : ComponentBase
{
    private static readonly ConcurrentDictionary<bool, Task<string>> Shared = new();

    private string? _markup;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private ILoggerFactory Loggers { get; set; } = default!;

    [Parameter]
    public bool IsDarkMode { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var rendering = Shared.GetOrAdd(IsDarkMode, dark => RenderByTheLibraryAsync(Scopes, Loggers, dark));
        try
        {
            _markup = await rendering;
        }
        catch
        {
            // Not kept: the next page asks the library again.
            Shared.TryRemove(new KeyValuePair<bool, Task<string>>(IsDarkMode, rendering));
            throw;
        }
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (_markup is not null)
        {
            builder.AddMarkupContent(0, _markup);
        }
    }

    /// <summary>What MudThemeProvider renders for the portal's theme in this palette.</summary>
    public static async Task<string> RenderByTheLibraryAsync(IServiceScopeFactory scopes, ILoggerFactory loggers, bool dark)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = PortalTheme.Theme,
                [nameof(MudThemeProvider.IsDarkMode)] = dark,
            }));
            return output.ToHtmlString();
        });
    }
}
