using System.Globalization;
using MunicipalPress.Application.Analytics;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>
/// What the compare page shows, written as a query string with the API's parameter names, so the page's
/// address can be shared or bookmarked and the export links ask the API for exactly the same table.
/// </summary>
public sealed record CompareSelection(
    IReadOnlyList<string> Indicators,
    IReadOnlyList<int> MunicipalityIds,
    int? RegionId,
    int FromYear,
    int ToYear,
    bool PerCapita,
    bool IncludeSubmitted = false)
{
    /// <summary>Enough to ask for a comparison: an indicator, and cities or a region.</summary>
    public bool IsComplete => Indicators.Count > 0 && (MunicipalityIds.Count > 0 || RegionId is not null);

    public CompareQuery ToQuery() =>
        new(Indicators, MunicipalityIds, MunicipalityIds.Count > 0 ? null : RegionId, FromYear, ToYear, PerCapita, AnalyticsFacts.Basis(IncludeSubmitted));

    public string ToQueryString()
    {
        var parts = new List<string>();
        parts.AddRange(Indicators.Select(code => "indicator=" + Uri.EscapeDataString(code)));
        if (MunicipalityIds.Count > 0)
        {
            parts.AddRange(MunicipalityIds.Select(id => "municipalityId=" + id.ToString(CultureInfo.InvariantCulture)));
        }
        else if (RegionId is { } regionId)
        {
            parts.Add("regionId=" + regionId.ToString(CultureInfo.InvariantCulture));
        }

        parts.Add("fromYear=" + FromYear.ToString(CultureInfo.InvariantCulture));
        parts.Add("toYear=" + ToYear.ToString(CultureInfo.InvariantCulture));
        parts.Add("perCapita=" + (PerCapita ? "true" : "false"));
        if (IncludeSubmitted)
        {
            parts.Add("includeSubmitted=true");
        }

        return string.Join('&', parts);
    }

    public string PageUrl => "/compare?" + ToQueryString();

    public string ExportUrl(string format) => "/api/v1/analytics/compare?" + ToQueryString() + "&format=" + Uri.EscapeDataString(format);
}
