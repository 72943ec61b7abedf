namespace MunicipalPress.Domain.Reports;

/// <summary>Work of colleagues in another city that the reporting city found worth noting.</summary>
public class PeerHighlight
{
    public const int TextMaxLength = 5_000;

    private PeerHighlight()
    {
        Text = string.Empty;
    }

    internal PeerHighlight(int mentionedMunicipalityId, string text, int order)
    {
        MentionedMunicipalityId = mentionedMunicipalityId;
        Text = text;
        Order = order;
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    public int MentionedMunicipalityId { get; private set; }

    public string Text { get; private set; }

    public int Order { get; internal set; }

    internal void Change(int mentionedMunicipalityId, string text)
    {
        MentionedMunicipalityId = mentionedMunicipalityId;
        Text = text;
    }
}
