namespace MunicipalPress.Application.Digests;

public enum DigestKind
{
    /// <summary>The association's annual digest: title page, contents, the cities, a summary table.</summary>
    Year,

    /// <summary>One report in the same layout: title page and the city's section.</summary>
    Report,
}
