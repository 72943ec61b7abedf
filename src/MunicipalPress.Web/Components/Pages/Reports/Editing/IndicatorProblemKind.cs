namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

public enum IndicatorProblemKind
{
    NotANumber,
    NotWhole,
    Negative,
    PercentRange,
    BelowMinimum,
    AboveMaximum,
}
