using System.Globalization;
using MunicipalPress.Application.Indicators;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// One indicator's field: the text as typed (kept even when it is not a valid value), the note, the value the
/// server holds and last year's value for comparison.
/// </summary>
public sealed class IndicatorEntry
{
    public required IndicatorDto Indicator { get; init; }

    public string Input { get; set; } = string.Empty;

    public string? Note { get; set; }

    /// <summary>The value stored by the last successful save (or the load); a wrong value does not replace it.</summary>
    public decimal? SavedValue { get; set; }

    public decimal? LastYearValue { get; init; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Input);

    /// <summary>The value to store, or null when the field is empty or wrong; <paramref name="problem"/> says why it is wrong.</summary>
    public decimal? Evaluate(CultureInfo culture, out IndicatorProblem? problem)
    {
        problem = null;
        if (IsBlank)
        {
            return null;
        }

        if (!IndicatorInput.TryParse(Input, culture, out var value))
        {
            problem = new IndicatorProblem(IndicatorProblemKind.NotANumber);
            return null;
        }

        problem = IndicatorInput.Check(Indicator, value);
        return problem is null ? value : null;
    }
}
