using MunicipalPress.Application.FigureChecks;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// The figure checks of the form as it is typed: the context (last year's values, the region's ranges, the marks) is
/// read once when the report opens, then <see cref="FigureChecker"/> runs over the model on each render, no database
/// in between. Marks made on this page join the context's, so a marked flag goes at once.
/// </summary>
public sealed class FormChecks(FigureCheckContext context, FigureCheckOptions options)
{
    private readonly HashSet<string> _marked = [.. context.Acknowledged];

    public int ReportId => context.ReportId;

    /// <summary>The open flags of the form's current content, in the checker's order.</summary>
    public IReadOnlyList<FigureFlag> Open(ReportFormModel model)
    {
        var input = context.InputFor(model.Achievements.Select(a => a.Text).ToList(), Values(model)) with { Acknowledged = _marked };
        return FigureChecker.Check(input, options).Where(f => !f.IsAcknowledged).ToList();
    }

    public void Mark(string key) => _marked.Add(key);

    /// <summary>The table's values as the checks read them: what is typed when it is valid, else what the server holds.</summary>
    public static Dictionary<string, decimal> Values(ReportFormModel model)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var entry in model.Indicators)
        {
            if ((entry.Evaluate(model.Culture, out _) ?? (entry.IsBlank ? null : entry.SavedValue)) is { } value)
            {
                values[entry.Indicator.Code] = value;
            }
        }

        return values;
    }

    /// <summary>The indicator field the flag's "take the text's figure" / "fill it" would write, when the form may write it.</summary>
    public static IndicatorEntry? TakeTarget(FigureFlag flag, ReportFormModel model) =>
        flag.SuggestedValue is not null
        && (flag.Actions.Contains(FigureFlagActions.TakeTextValue) || flag.Actions.Contains(FigureFlagActions.FillValue))
            ? model.Indicators.FirstOrDefault(i => i.Indicator.Code == flag.IndicatorCode && i.Indicator.IsActive)
            : null;

    /// <summary>Puts the text's figure into the table as if it were typed (grouped like the field shows it); false when there is nowhere to put it.</summary>
    public static bool Take(FigureFlag flag, ReportFormModel model)
    {
        if (TakeTarget(flag, model) is not { } entry)
        {
            return false;
        }

        entry.Input = IndicatorInput.ForEditing(flag.SuggestedValue!.Value, model.Culture);
        return true;
    }
}
