namespace MunicipalPress.Application.Reports;

public sealed record AchievementInput(int? Id, string? Direction, string? Text);
