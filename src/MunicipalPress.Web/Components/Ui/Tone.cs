namespace MunicipalPress.Web.Components.Ui;

/// <summary>What a badge or an alert means, in the product's words; the library's colours are chosen here only.</summary>
public enum Tone
{
    Neutral,
    Info,
    Success,
    Warning,
    Danger,
    Accent,
}
