using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// MudThemeProvider with the style it writes shared by every circuit. The library builds the theme's CSS (every
/// palette colour, type scale, shadow and z-index as a variable, about 12,000 characters) into a new string for each
/// circuit and keeps it in that circuit's render tree: 24 KB per open page (docs/performance.md). Here the library
/// still renders (into a scratch tree, so its output is exactly the library's), and the circuit keeps the one
/// shared copy of that markup: one per distinct output (the light and the dark palette). Everything else (watching
/// the system's dark mode, the palette parameters) stays the library's.
/// </summary>
public sealed class PortalThemeProvider : MudThemeProvider
{
    /// <summary>Distinct outputs seen: the portal has one theme in two palettes; more would mean the cache is misused.</summary>
    private const int SharedLimit = 8;

    private static readonly ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var markup = RenderedByTheLibrary();
        builder.AddMarkupContent(0, Shared.Count < SharedLimit ? Shared.GetOrAdd(markup, markup) : Shared.GetValueOrDefault(markup, markup));
    }

    /// <summary>What the library's provider renders now: its style blocks, which are markup only.</summary>
    private string RenderedByTheLibrary()
    {
        using var library = new RenderTreeBuilder();
        base.BuildRenderTree(library);
#pragma warning disable BL0006 // Reading the frames of a scratch tree this component built; PortalThemeProviderTests pins the output to the library's.
        var frames = library.GetFrames();
        var markup = new StringBuilder();
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames.Array[i];
            markup.Append(frame.FrameType switch
            {
                RenderTreeFrameType.Markup => frame.MarkupContent,
                _ => throw new InvalidOperationException(
                    $"MudThemeProvider rendered a {frame.FrameType} frame; PortalThemeProvider shares markup only and must be revisited."),
            });
        }
#pragma warning restore BL0006

        return markup.ToString();
    }
}
