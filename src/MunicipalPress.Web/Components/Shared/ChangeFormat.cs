using System.Globalization;

namespace MunicipalPress.Web.Components.Shared;

/// <summary>A change against last year in percent, signed, as the culture writes percentages («+12,3 %», «+12.3%»).</summary>
public static class ChangeFormat
{
    public static string Percent(decimal change, CultureInfo culture)
    {
        var sign = change switch
        {
            > 0 => "+",
            < 0 => "\u2212",
            _ => "±",
        };
        var number = Math.Abs(change).ToString("#,0.#", culture);
        // Pattern 0 is "n %" (ru, uk); the others put the sign right after the number.
        return culture.NumberFormat.PercentPositivePattern == 0 ? $"{sign}{number}\u00a0%" : $"{sign}{number}%";
    }

    public static string Percent(decimal change) => Percent(change, CultureInfo.CurrentCulture);
}
