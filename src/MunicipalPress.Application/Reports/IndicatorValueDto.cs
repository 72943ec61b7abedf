namespace MunicipalPress.Application.Reports;

public sealed record IndicatorValueDto(int IndicatorId, string Code, decimal Value, string? Note);
