namespace MunicipalPress.Application.FigureChecks;

/// <summary>The usual values of an indicator per 10,000 residents among the region's other cities, and how many values it rests on.</summary>
public sealed record RegionRange(decimal LowPer10K, decimal HighPer10K, int Peers);
