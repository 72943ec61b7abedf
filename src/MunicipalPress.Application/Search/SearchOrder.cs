namespace MunicipalPress.Application.Search;

/// <summary>How hits are ordered: the best match first (equal matches: the newer year first), or the newest year first.</summary>
public enum SearchOrder
{
    Relevance,
    Newest,
}
