namespace MunicipalPress.Application.Search;

public sealed record SearchQuery(
    string? Q, int? Year = null, int? RegionId = null, int Page = 1, int PageSize = 20, SearchOrder Order = SearchOrder.Relevance)
{
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 500;
}
