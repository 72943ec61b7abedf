using System.Globalization;
using Microsoft.Extensions.Localization;
using MunicipalPress.Domain.Indicators;

namespace MunicipalPress.Web.Components.Shared;

/// <summary>Indicator values and units as people read them in the UI language.</summary>
public static class IndicatorFormat
{
    public const string Missing = "—";

    // The catalogue stores one unit, written in Russian; the common ones have translations in the resources.
    private static readonly Dictionary<string, string> UnitKeys = new(StringComparer.Ordinal)
    {
        ["шт."] = "Unit_Pieces",
        ["чел."] = "Unit_People",
        ["шт./нед."] = "Unit_PiecesPerWeek",
        ["чел./нед."] = "Unit_PeoplePerWeek",
        ["вып."] = "Unit_Issues",
    };

    /// <summary>Group separators of the culture, no trailing zeros; a missing value is a dash, never zero.</summary>
    public static string Format(decimal? value, IndicatorKind kind, CultureInfo culture) => value switch
    {
        null => Missing,
        { } v when kind == IndicatorKind.Count => v.ToString("#,0", culture),
        { } v => v.ToString("#,0.##", culture),
    };

    public static string Format(decimal? value, IndicatorKind kind) =>
        Format(value, kind, CultureInfo.CurrentCulture);

    public static string Unit(string unit, IStringLocalizer localizer) =>
        UnitKeys.TryGetValue(unit, out var key) && localizer[key] is { ResourceNotFound: false } translated
            ? translated.Value
            : unit;
}
