namespace MunicipalPress.Application.FigureChecks;

/// <summary>
/// Everything the checks look at, as the form holds it: the achievements' texts, the table's values by indicator
/// code, last year's approved values, the indicator codes that exist (figures mapped to other codes are ignored),
/// the population and the region's usual ranges (both optional), and the keys already marked as intended.
/// </summary>
public sealed record FigureCheckInput(
    IReadOnlyList<string> Achievements,
    int? Year,
    IReadOnlyDictionary<string, decimal> Values,
    IReadOnlyDictionary<string, decimal> LastYearValues,
    IReadOnlySet<string> KnownCodes)
{
    public int? Population { get; init; }

    public IReadOnlyDictionary<string, RegionRange> RegionRanges { get; init; } = new Dictionary<string, RegionRange>();

    public IReadOnlySet<string> Acknowledged { get; init; } = new HashSet<string>();
}
