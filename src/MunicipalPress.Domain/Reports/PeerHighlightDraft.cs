namespace MunicipalPress.Domain.Reports;

public sealed record PeerHighlightDraft(int? Id, int MentionedMunicipalityId, string Text);
