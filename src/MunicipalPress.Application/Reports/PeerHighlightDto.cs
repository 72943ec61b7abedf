namespace MunicipalPress.Application.Reports;

public sealed record PeerHighlightDto(int Id, int MentionedMunicipalityId, string MentionedMunicipalityName, string Text);
