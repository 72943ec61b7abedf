namespace MunicipalPress.Application.Imports;

/// <summary>A confirmed figure: the indicator by <see cref="Code"/> or <see cref="IndicatorId"/> (if both, they must agree).</summary>
public sealed record ImportIndicatorValue(string? Code, int? IndicatorId, decimal Value, string? Note = null);
