using System.Globalization;
using Microsoft.Extensions.Localization;
using MunicipalPress.Application.FigureChecks;

namespace MunicipalPress.Web.Components.Pages.Reports;

/// <summary>
/// A figure check in the reader's language ("text says 2 982, table says 2 900"), from the flag's numbers rather than
/// the checker's English message, and the short label of its kind: a contradiction or a "check".
/// </summary>
public static class FigureFlagText
{
    public static string Describe(FigureFlag flag, string indicatorName, IStringLocalizer localizer)
    {
        var text = flag.Kind switch
        {
            FigureFlagKind.Disagreement => localizer["Check_Disagreement", indicatorName, N(flag.TextValue), N(flag.TableValue)],
            FigureFlagKind.MissingValue => localizer["Check_MissingValue", indicatorName, N(flag.TextValue)],
            FigureFlagKind.ChangeClaim => DescribeClaim(flag, indicatorName, localizer),
            FigureFlagKind.Jump => localizer["Check_Jump", indicatorName, N(flag.TableValue), N(flag.LastYearValue)],
            FigureFlagKind.OutsideRegionRange => localizer[
                flag.Stated < flag.Expected ? "Check_BelowRegion" : "Check_AboveRegion", indicatorName, N(flag.Stated), N(flag.Expected)],
            _ => null,
        };
        return text is null || text.ResourceNotFound ? flag.Message : text.Value;
    }

    /// <summary>"Расхождение" for figures that contradict each other, "Проверить" for a stated change or an unusual value.</summary>
    public static string Label(FigureFlag flag, IStringLocalizer localizer) =>
        localizer[flag.Kind is FigureFlagKind.Disagreement or FigureFlagKind.MissingValue ? "Check_LabelMismatch" : "Check_LabelCheck"];

    private static LocalizedString? DescribeClaim(FigureFlag flag, string name, IStringLocalizer localizer) => flag.ClaimKind switch
    {
        ChangeClaimKind.Ratio => localizer["Check_ClaimRatio", name, N(flag.Stated), N(flag.LastYearValue), N(flag.TextValue), N(flag.Expected)],
        ChangeClaimKind.Percent => localizer["Check_ClaimPercent", name, N(flag.Stated), N(flag.LastYearValue), N(flag.TextValue), N(flag.Expected)],
        ChangeClaimKind.FromTo => localizer["Check_ClaimFromTo", name, N(flag.Stated), N(flag.LastYearValue)],
        ChangeClaimKind.RoseTo => localizer[flag.Stated > 0 ? "Check_ClaimRoseTo" : "Check_ClaimFellTo", name, N(flag.TextValue), N(flag.LastYearValue)],
        _ => null,
    };

    /// <summary>Grouped as the tables show figures («2 982», «2,982»), up to two decimals.</summary>
    private static string N(decimal? value) =>
        value is { } v ? v.ToString("#,0.##", CultureInfo.CurrentCulture) : "—";
}
