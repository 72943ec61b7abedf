namespace MunicipalPress.Application.FigureChecks;

/// <summary>
/// How tolerant the checks are. <see cref="JumpFactor"/> 3 flags a value above three times or below a third of
/// last year's. The region's usual range is its middle half (first to third quartile of the other cities' values per
/// 10,000 residents) widened by <see cref="RegionRangeFactor"/> both ways, and needs <see cref="MinRegionPeers"/> values.
/// </summary>
public sealed record FigureCheckOptions
{
    public static FigureCheckOptions Default { get; } = new();

    public decimal JumpFactor { get; init; } = 3m;

    public decimal RegionRangeFactor { get; init; } = 3m;

    public int MinRegionPeers { get; init; } = 5;

    /// <summary>How many earlier years of approved reports make up the region's usual range.</summary>
    public int RegionYears { get; init; } = 3;

    /// <summary>A stated factor («в два раза») holds when the real one is within this share of it.</summary>
    public decimal RatioTolerance { get; init; } = 0.1m;

    /// <summary>A stated percentage holds within this many points (reports round: «на 33 %» for 33.2 %).</summary>
    public decimal PercentTolerancePoints { get; init; } = 1.5m;

    /// <summary>«около 20 000», «2,5 тыс.», «с 3000 …» against a table value: rounded figures hold within this share.</summary>
    public decimal RoundedTolerance { get; init; } = 0.05m;
}
