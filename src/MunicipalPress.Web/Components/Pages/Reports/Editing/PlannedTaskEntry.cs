namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>A task planned for next year, as the form holds it (see <see cref="AchievementEntry"/> for Key and Id).</summary>
public sealed class PlannedTaskEntry
{
    public required string Key { get; init; }

    public int? Id { get; set; }

    public string? Direction { get; set; }

    public string Text { get; set; } = string.Empty;

    public bool IsSendable => !string.IsNullOrWhiteSpace(Text);
}
