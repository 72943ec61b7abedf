namespace MunicipalPress.Application.Reports;

public sealed record PlannedTaskInput(int? Id, string? Text, string? Direction = null);
