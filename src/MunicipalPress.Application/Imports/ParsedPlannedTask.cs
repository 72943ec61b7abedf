namespace MunicipalPress.Application.Imports;

public sealed record ParsedPlannedTask(string Text);
