namespace MunicipalPress.Domain.Reports;

public sealed record PlannedTaskDraft(int? Id, string Text, string? Direction = null);
