using MunicipalPress.Domain.Indicators;

namespace MunicipalPress.Application.Indicators;

public sealed record IndicatorDto(
    int Id,
    string Code,
    string NameRu,
    string NameUk,
    string NameEn,
    string Unit,
    IndicatorKind Kind,
    IndicatorCategory Category,
    decimal? MinValue,
    decimal? MaxValue,
    bool IsRequired,
    bool IsActive,
    int SortOrder,
    bool IsPublished = true)
{
    public string NameFor(string? language) => language switch
    {
        "uk" => NameUk,
        "en" => NameEn,
        _ => NameRu,
    };
}
