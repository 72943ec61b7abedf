namespace MunicipalPress.Application.Analytics;

public sealed record CompareIndicatorDto(
    int IndicatorId,
    string Code,
    string NameRu,
    string NameUk,
    string NameEn,
    string Unit,
    IReadOnlyList<CompareSeriesDto> Series);
