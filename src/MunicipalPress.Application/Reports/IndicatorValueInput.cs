namespace MunicipalPress.Application.Reports;

public sealed record IndicatorValueInput(int IndicatorId, decimal Value, string? Note = null);
