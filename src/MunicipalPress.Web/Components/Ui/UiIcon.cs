using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// A decorative icon in the library's SVG markup, for places that draw one without the library's component (the
/// button and the menu render their own markup to stay light). Hidden from assistive technology: the text beside it,
/// or the control's label, says what it means. Markup, not a component: the menu and the buttons draw a dozen of
/// them in every circuit, and a component keeps two render trees of its own; the markup of each icon, size and class
/// is built once and shared by every circuit (docs/performance.md).
/// </summary>
public static class UiIcon
{
    private static readonly ConcurrentDictionary<(string Icon, string Size, string? Class), string> Shared = new();

    /// <param name="icon">One of <see cref="UiIcons"/>: the SVG path markup of a Material icon, written as raw markup, so never user text.</param>
    /// <param name="size">small, medium or large.</param>
    /// <param name="cssClass">More classes for the svg element.</param>
    /// <returns>Markup, which a page writes as one render-tree frame (a RenderFragment would take a region and a frame).</returns>
    public static MarkupString Render(string icon, string size = "medium", string? cssClass = null) => new(Markup(icon, size, cssClass));

    /// <summary>The icon's svg element as markup, for a page that writes its own (the menu).</summary>
    public static string Markup(string icon, string size = "medium", string? cssClass = null) =>
        Shared.GetOrAdd((icon, size, cssClass), key =>
            $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{key.Size}{(key.Class is null ? "" : " " + key.Class)}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{key.Icon}</svg>");
}
