namespace MunicipalPress.Application.FigureChecks;

/// <summary>
/// What the checks need beyond the form's own content, read once when a report opens: last year's approved values,
/// the catalogue's codes, the population, the region's usual ranges and the keys marked as intended. With it the
/// form checks on every keystroke without going back to the database.
/// </summary>
public sealed record FigureCheckContext(
    int ReportId,
    int Year,
    IReadOnlyDictionary<string, decimal> LastYearValues,
    IReadOnlySet<string> KnownCodes,
    int? Population,
    IReadOnlyDictionary<string, RegionRange> RegionRanges,
    IReadOnlySet<string> Acknowledged)
{
    public FigureCheckInput InputFor(IReadOnlyList<string> achievements, IReadOnlyDictionary<string, decimal> values) =>
        new(achievements, Year, values, LastYearValues, KnownCodes)
        {
            Population = Population,
            RegionRanges = RegionRanges,
            Acknowledged = Acknowledged,
        };
}
