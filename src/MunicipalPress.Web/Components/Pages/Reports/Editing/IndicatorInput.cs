using System.Globalization;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Domain.Indicators;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// Reading a value as people type it («1 234,5», «1234.5», «2,982» in English) and checking it as the
/// domain will (<c>Indicator.Check</c>), so the message appears beside the field before anything is sent.
/// </summary>
public static class IndicatorInput
{
    private static readonly char[] Spaces = [' ', '\u00a0', '\u202f', '\u2009', '\''];

    public static bool TryParse(string? text, CultureInfo culture, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = string.Concat(text.Trim().Split(Spaces, StringSplitOptions.RemoveEmptyEntries));
        if (culture.NumberFormat.NumberDecimalSeparator == ",")
        {
            // «1.234,5»: dots group when a comma is there; otherwise either mark is the decimal point.
            compact = compact.Contains(',', StringComparison.Ordinal)
                ? compact.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
                : compact;
        }
        else
        {
            compact = compact.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        return decimal.TryParse(
            compact,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out value);
    }

    /// <summary>The same rules as the domain's <c>Indicator.Check</c>: kind first, then the bounds.</summary>
    public static IndicatorProblem? Check(IndicatorDto indicator, decimal value)
    {
        switch (indicator.Kind)
        {
            case IndicatorKind.Count when value != decimal.Truncate(value):
                return new IndicatorProblem(IndicatorProblemKind.NotWhole);
            case IndicatorKind.Count when value < 0:
                return new IndicatorProblem(IndicatorProblemKind.Negative);
            case IndicatorKind.Percent when value is < 0 or > 100:
                return new IndicatorProblem(IndicatorProblemKind.PercentRange);
        }

        if (indicator.MinValue is { } min && value < min)
        {
            return new IndicatorProblem(IndicatorProblemKind.BelowMinimum, min);
        }

        return indicator.MaxValue is { } max && value > max
            ? new IndicatorProblem(IndicatorProblemKind.AboveMaximum, max)
            : null;
    }

    /// <summary>
    /// A stored value as it is edited: grouped like last year's column beside it («2 906» in Russian, «2,906» in
    /// English), no trailing zeros. <see cref="TryParse"/> reads it back.
    /// </summary>
    public static string ForEditing(decimal value, CultureInfo culture) =>
        value.ToString("#,0.############", culture);

    /// <summary>Change against last year in per cent; null when either year is missing or last year was zero.</summary>
    public static decimal? ChangePercent(decimal? current, decimal? lastYear) =>
        current is { } now && lastYear is { } before && before != 0
            ? Math.Round((now - before) / Math.Abs(before) * 100, 1, MidpointRounding.AwayFromZero)
            : null;
}
