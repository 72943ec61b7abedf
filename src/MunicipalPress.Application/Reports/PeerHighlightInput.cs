namespace MunicipalPress.Application.Reports;

public sealed record PeerHighlightInput(int? Id, int MentionedMunicipalityId, string? Text);
