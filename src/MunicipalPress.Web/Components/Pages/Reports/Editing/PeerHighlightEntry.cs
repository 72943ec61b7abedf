namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>A colleague city's achievement worth noting, as the form holds it.</summary>
public sealed class PeerHighlightEntry
{
    public required string Key { get; init; }

    public int? Id { get; set; }

    public int? MunicipalityId { get; set; }

    public string Text { get; set; } = string.Empty;

    public bool IsSendable => MunicipalityId is not null && !string.IsNullOrWhiteSpace(Text);
}
