namespace MunicipalPress.Application.Analytics;

/// <summary>
/// What to compare: indicator codes, municipalities (or every municipality of a region), a year range,
/// absolute values or per 10,000 residents; approved reports only unless <see cref="Counted"/> says otherwise.
/// </summary>
public sealed record CompareQuery(
    IReadOnlyList<string> Indicators,
    IReadOnlyList<int> MunicipalityIds,
    int? RegionId,
    int FromYear,
    int ToYear,
    bool PerCapita,
    CountedReports Counted = CountedReports.Approved)
{
    public const int MaxIndicators = 50;
    public const int MaxMunicipalities = 1_000;
    public const int MaxYears = 30;
}
