namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>An achievement as the form holds it. <see cref="Key"/> names it for the page's lifetime (and in the browser's copy); <see cref="Id"/> is the stored entry's, null until first saved.</summary>
public sealed class AchievementEntry
{
    public required string Key { get; init; }

    public int? Id { get; set; }

    public string? Direction { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>Without text there is nothing to save: the entry stays in the form until it is written.</summary>
    public bool IsSendable => !string.IsNullOrWhiteSpace(Text);
}
