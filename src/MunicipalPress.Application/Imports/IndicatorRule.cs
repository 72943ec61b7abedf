using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// An indicator code and the stems that identify it: every pattern given must match. Label patterns are tried
/// on the counted phrase, context patterns on the phrase and its sentence together.
/// </summary>
internal sealed record IndicatorRule(string Code, Regex? Label, Regex? Label2 = null, Regex? Context = null, Regex? Context2 = null)
{
    public bool Matches(string label, string context) =>
        (Label is null || Label.IsMatch(label))
        && (Label2 is null || Label2.IsMatch(label))
        && (Context is null || Context.IsMatch(context))
        && (Context2 is null || Context2.IsMatch(context));
}
