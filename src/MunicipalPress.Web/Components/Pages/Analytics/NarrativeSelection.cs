using System.Globalization;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>
/// Which reports the narratives page puts side by side: several cities in one year, or one city in several
/// years; two to four columns either way. Written into the page's address so the view can be shared.
/// </summary>
public sealed record NarrativeSelection(bool AcrossYears, IReadOnlyList<int> MunicipalityIds, IReadOnlyList<int> Years)
{
    public const int MinColumns = 2;
    public const int MaxColumns = 4;

    public const string CitiesMode = "cities";
    public const string YearsMode = "years";

    /// <summary>The (municipality, year) of each column, left to right; years run oldest first.</summary>
    public IReadOnlyList<(int MunicipalityId, int Year)> Columns =>
        AcrossYears
            ? MunicipalityIds.Take(1).SelectMany(m => Years.Distinct().Order().Select(y => (m, y))).ToList()
            : Years.Take(1).SelectMany(y => MunicipalityIds.Distinct().Select(m => (m, y))).ToList();

    public bool IsComplete => Columns.Count is >= MinColumns and <= MaxColumns;

    public bool HasTooMany => (AcrossYears ? Years.Distinct().Count() : MunicipalityIds.Distinct().Count()) > MaxColumns;

    public string PageUrl
    {
        get
        {
            var parts = new List<string> { "mode=" + (AcrossYears ? YearsMode : CitiesMode) };
            parts.AddRange((AcrossYears ? MunicipalityIds.Take(1) : MunicipalityIds).Select(id => "municipalityId=" + id.ToString(CultureInfo.InvariantCulture)));
            parts.AddRange((AcrossYears ? Years : Years.Take(1)).Select(y => "year=" + y.ToString(CultureInfo.InvariantCulture)));
            return "/narratives?" + string.Join('&', parts);
        }
    }
}
