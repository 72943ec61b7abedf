namespace MunicipalPress.Application.Reports;

public sealed record SnapshotAchievement(string? Direction, string Text);
