namespace MunicipalPress.Application.Reports;

public sealed record SnapshotValue(int IndicatorId, decimal Value, string? Note);
