using Microsoft.Extensions.Localization;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Web.Components.Shared;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>An indicator problem in the user's language, with the bound in the culture's number format.</summary>
public static class IndicatorProblemText
{
    public static string Describe(IndicatorProblem problem, IndicatorDto indicator, IStringLocalizer localizer) => problem.Kind switch
    {
        IndicatorProblemKind.NotANumber => localizer["Indicator_NotANumber"],
        IndicatorProblemKind.NotWhole => localizer["Indicator_NotWhole"],
        IndicatorProblemKind.Negative => localizer["Indicator_Negative"],
        IndicatorProblemKind.PercentRange => localizer["Indicator_PercentRange"],
        IndicatorProblemKind.BelowMinimum => localizer["Indicator_BelowMinimum", IndicatorFormat.Format(problem.Bound, indicator.Kind)],
        _ => localizer["Indicator_AboveMaximum", IndicatorFormat.Format(problem.Bound, indicator.Kind)],
    };
}
