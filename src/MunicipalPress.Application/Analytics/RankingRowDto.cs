namespace MunicipalPress.Application.Analytics;

/// <summary>
/// A municipality's place for one indicator and year. RegionMedian is over the region's ranked municipalities;
/// ChangePercent compares with the municipality's own previous year (null when either is missing).
/// </summary>
public sealed record RankingRowDto(
    int Rank,
    int MunicipalityId,
    string MunicipalityName,
    int RegionId,
    string RegionName,
    decimal Value,
    decimal? PreviousValue,
    decimal? ChangePercent,
    decimal RegionMedian);
