namespace MunicipalPress.Application.Imports;

public sealed record ImportAchievement(string? Direction, string? Text);
