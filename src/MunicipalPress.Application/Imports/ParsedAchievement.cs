namespace MunicipalPress.Application.Imports;

public sealed record ParsedAchievement(string? Direction, string Text);
