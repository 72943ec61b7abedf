using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MunicipalPress.Web.Components.Ui;

/// <summary>
/// A decorative icon in the library's SVG markup, for places that draw one without the library's component (the
/// button and the menu render their own markup to stay light). Hidden from assistive technology: the text beside it,
/// or the control's label, says what it means. A render fragment, not a component: the menu and the buttons draw a
/// dozen of them in every circuit, and a component keeps two render trees of its own (docs/performance.md).
/// </summary>
public static class UiIcon
{
    /// <param name="icon">One of <see cref="UiIcons"/>: the SVG path markup of a Material icon, written as raw markup, so never user text.</param>
    /// <param name="size">small, medium or large.</param>
    /// <param name="cssClass">More classes for the svg element.</param>
    public static RenderFragment Render(string icon, string size = "medium", string? cssClass = null) => builder => Build(builder, icon, size, cssClass);

    private static void Build(RenderTreeBuilder builder, string icon, string size, string? cssClass)
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", cssClass is null ? $"mud-icon-root mud-svg-icon mud-icon-size-{size}" : $"mud-icon-root mud-svg-icon mud-icon-size-{size} {cssClass}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    }
}
