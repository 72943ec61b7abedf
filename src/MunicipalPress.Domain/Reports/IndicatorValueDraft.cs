namespace MunicipalPress.Domain.Reports;

public sealed record IndicatorValueDraft(int IndicatorId, decimal Value, string? Note = null);
