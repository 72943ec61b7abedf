namespace MunicipalPress.Application.Reports;

public sealed record SnapshotHighlight(int MentionedMunicipalityId, string Text);
