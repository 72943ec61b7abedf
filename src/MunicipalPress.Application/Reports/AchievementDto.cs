namespace MunicipalPress.Application.Reports;

public sealed record AchievementDto(int Id, string? Direction, string Text, int Order);
