using System.Globalization;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Web.Components.Shared;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>Values on the analyst pages: as the indicator is written, or per 10,000 residents with two decimals so a column lines up.</summary>
public static class AnalyticsFormat
{
    public static string Value(decimal? value, IndicatorKind kind, bool perCapita, CultureInfo culture) =>
        perCapita && value is { } v ? v.ToString("#,0.00", culture) : IndicatorFormat.Format(value, kind, culture);

    public static string Value(decimal? value, IndicatorKind kind, bool perCapita) =>
        Value(value, kind, perCapita, CultureInfo.CurrentCulture);
}
