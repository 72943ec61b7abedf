using System.Text.RegularExpressions;

namespace MunicipalPress.Web.Components.Shared;

/// <summary>
/// Splits a narrative into text and figures, so a page can highlight the numbers without building HTML:
/// «2 982», «146 531», «2,5», «35 %». Years as dates («в 2016 году», «2016–2020 гг.», «in 2021») are not
/// figures: they say when, not how much.
/// </summary>
public static partial class FigureRuns
{
    public static IReadOnlyList<TextRun> Split(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var runs = new List<TextRun>();
        var position = 0;
        foreach (Match match in Figure().Matches(text))
        {
            if (IsDate(text, match))
            {
                continue;
            }

            if (match.Index > position)
            {
                runs.Add(new TextRun(text[position..match.Index], false));
            }

            runs.Add(new TextRun(match.Value, true));
            position = match.Index + match.Length;
        }

        if (position < text.Length)
        {
            runs.Add(new TextRun(text[position..], false));
        }

        return runs;
    }

    private static bool IsDate(string text, Match match)
    {
        if (!YearLike().IsMatch(match.Value))
        {
            return false;
        }

        var after = text[(match.Index + match.Length)..];
        var before = text[..match.Index];
        return YearWordAfter().IsMatch(after) || YearBefore().IsMatch(before) || PrepositionBefore().IsMatch(before);
    }

    // Digits grouped in thousands by (no-break) spaces, or plain digits; an optional decimal part and percent sign.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?(?:[ \u00a0\u202f]?%)?(?![\p{L}\d])")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex YearLike();

    [GeneratedRegex(@"^\s*(?:[–—-]\s*(?:19|20)\d\d|год|г\.|гг|рік|році|року|рок|роки|year)", RegexOptions.IgnoreCase)]
    private static partial Regex YearWordAfter();

    [GeneratedRegex(@"(?:19|20)\d\d\s*[–—-]\s*$")]
    private static partial Regex YearBefore();

    [GeneratedRegex(@"(?:^|[\s(])(?:в|во|с|со|до|по|к|у|з|від|in|since|by|until)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBefore();
}
