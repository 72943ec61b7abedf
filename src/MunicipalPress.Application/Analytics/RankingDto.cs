namespace MunicipalPress.Application.Analytics;

public sealed record RankingDto(
    int IndicatorId,
    string Code,
    string NameRu,
    string NameUk,
    string NameEn,
    string Unit,
    int Year,
    bool PerCapita,
    IReadOnlyList<RankingRowDto> Rows,
    CountedReports Counted);
