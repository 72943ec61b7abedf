namespace MunicipalPress.Domain.Reports;

public sealed record AchievementDraft(int? Id, string? Direction, string Text);
