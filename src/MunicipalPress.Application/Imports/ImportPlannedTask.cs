namespace MunicipalPress.Application.Imports;

public sealed record ImportPlannedTask(string? Text, string? Direction = null);
