namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>A section tells the form it changed the model; <see cref="Focus"/> is an element to focus after the render (a moved entry's button).</summary>
public sealed record FormChange(string? Focus = null)
{
    public static FormChange Typed { get; } = new();
}
