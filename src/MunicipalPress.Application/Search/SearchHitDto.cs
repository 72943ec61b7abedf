namespace MunicipalPress.Application.Search;

/// <summary>
/// One found text. <see cref="Snippet"/> is HTML-safe: the text is HTML-encoded and the matched words are
/// wrapped in &lt;mark&gt;…&lt;/mark&gt;.
/// </summary>
public sealed record SearchHitDto(
    string Kind,
    int ReportId,
    int MunicipalityId,
    string MunicipalityName,
    string RegionName,
    int Year,
    string? Direction,
    string Snippet,
    float Rank);
