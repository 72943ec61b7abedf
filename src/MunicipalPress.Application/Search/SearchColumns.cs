namespace MunicipalPress.Application.Search;

/// <summary>The stored, generated tsvector columns of the searchable texts (achievements, planned tasks, peer highlights).</summary>
public static class SearchColumns
{
    /// <summary>Name of the shadow property holding the tsvector.</summary>
    public const string Vector = "SearchVector";

    public const string RussianConfig = "russian";
    public const string SimpleConfig = "simple";

    public static string Sql(string heading, string text) =>
        $"setweight(to_tsvector('russian', {heading}), 'A') || setweight(to_tsvector('russian', {text}), 'B') || " +
        $"to_tsvector('simple', {heading} || ' ' || {text})";
}
