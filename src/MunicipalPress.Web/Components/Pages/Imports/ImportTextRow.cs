namespace MunicipalPress.Web.Components.Pages.Imports;

/// <summary>An achievement or a planned task of the parse, editable before the import.</summary>
public sealed class ImportTextRow(string? direction, string text)
{
    public string? Direction { get; set; } = direction;

    public string Text { get; set; } = text;

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
