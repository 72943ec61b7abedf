using System.Globalization;
using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Finds every number in the achievements text that counts something, with its value, the phrase it counts,
/// its sentence and an indicator code. Whatever is not a count is left out, by the characters around it:
/// years («в 2016 году», «2013-2015 годов»), dates («01.01.2017», «30 января»), document and law numbers
/// («№ 422-р», «131-ФЗ», «Пр-354», «пункта 3»), list numbering, percentages, ratios («в 2 раза»), differences
/// («на 12 тыс. больше»), durations, ranks and quarters («3 месяца», «2 место», «1 квартал»), frequencies
/// («2 раза в неделю»), baselines («с 3000 до 6000», «на начало 2021: 110019»), figures of another year
/// («в 2020 году - 13120») and bare numbers after a comma or bracket (addresses, pages).
/// Numbers written with a case ending («11-ти ступеней», «2-х») are what a text consists of more often than what
/// the service did, so they count only when their phrase names a catalogue indicator.
/// </summary>
internal static partial class FigureExtractor
{
    public const int MaxFigures = 1000;
    private const int MaxSourceText = 500;

    public static List<ParsedIndicator> Extract(IEnumerable<TextLine> lines, int? reportYear, List<ParseWarning> warnings)
    {
        var figures = new List<ParsedIndicator>();
        var seen = new HashSet<(int Sentence, decimal Value)>();
        var seenCoded = new HashSet<(string Code, decimal Value)>();
        foreach (var line in lines)
        {
            if (line.IsBlank || !line.Text.Any(char.IsAsciiDigit))
            {
                continue;
            }

            if (!ScanParagraph(line, reportYear, figures, seen, seenCoded))
            {
                warnings.Add(ParseWarning.TooManyFigures(MaxFigures));
                break;
            }
        }

        return figures;
    }

    /// <param name="seen">Sentence and value already taken: a figure repeated in its own sentence is the same figure.</param>
    /// <param name="seenCoded">Code and value already taken anywhere in the report.</param>
    /// <returns>False once <see cref="MaxFigures"/> is reached.</returns>
    private static bool ScanParagraph(
        TextLine line,
        int? reportYear,
        List<ParsedIndicator> figures,
        HashSet<(int Sentence, decimal Value)> seen,
        HashSet<(string Code, decimal Value)> seenCoded)
    {
        var p = line.Text;
        var sentences = SentenceSplitter.Split(p);
        var sentence = 0;
        var quoteDepth = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '«')
            {
                quoteDepth++;
                continue;
            }

            if (c == '»')
            {
                quoteDepth = Math.Max(0, quoteDepth - 1);
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            var token = NumberReader.Read(p, i);
            i = Math.Max(token.End, i + 1) - 1;
            if (quoteDepth > 0 || token.Shape == NumberShape.NotAFigure)
            {
                continue;
            }

            while (sentence + 1 < sentences.Count && sentences[sentence + 1].Start <= token.Start)
            {
                sentence++;
            }

            var bounds = sentences.Count > 0 ? sentences[sentence] : (Start: 0, End: p.Length);
            var figure = Figure(p, token, bounds, reportYear);
            if (figure is null)
            {
                continue;
            }

            var absolute = figure with { Start = line.Start + token.Start };
            if (!seen.Add((line.Start + bounds.Start, absolute.Value))
                || (absolute.Code is not null && !seenCoded.Add((absolute.Code, absolute.Value))))
            {
                continue;
            }

            if (figures.Count >= MaxFigures)
            {
                return false;
            }

            figures.Add(absolute);
        }

        return true;
    }

    private static ParsedIndicator? Figure(string p, NumberToken token, (int Start, int End) sentence, int? reportYear)
    {
        var i = token.Start;
        if (IsGluedOrReferenced(p, token))
        {
            return null;
        }

        var previous = TextScan.WordBefore(p, i);
        var next = TextScan.WordAfter(p, token.End);
        if (previous is { } prev && ReportWords.IsReference(prev.Word))
        {
            return null;
        }

        if (next is { } nx && (ReportWords.IsYearWord(nx) || ReportWords.IsNotCounted(nx) || IsFrequency(p, token.End, nx)))
        {
            return null;
        }

        if (Duration().IsMatch(p.AsSpan(token.End)) || IsTarget(p, token, previous?.Word, sentence.Start))
        {
            return null;
        }

        if (previous is { } month && ReportWords.IsMonth(month.Word))
        {
            return null;
        }

        if (token.IsPlainInteger && token.Value is >= 1 and <= 31 && next is { } day && ReportWords.IsMonth(day))
        {
            return null;
        }

        if (IsYear(p, token, previous?.Word, next))
        {
            return null;
        }

        if (previous?.Word.ToLowerInvariant() is "на" && next?.ToLowerInvariant() is "больше" or "меньше" or "более" or "менее" or "більше" or "менше")
        {
            return null;
        }

        if (previous?.Word.ToLowerInvariant() is "в" or "у" && next is { } times && times.StartsWith("раз", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (previous?.Word.ToLowerInvariant() is "с" or "со" or "з" or "із" or "від" or "от" && RangeEnd().IsMatch(p.AsSpan(token.End, Math.Min(60, p.Length - token.End))))
        {
            return null;
        }

        var clauseStart = TextScan.ClauseStart(p, i, sentence.Start, ";(/");
        if (Baseline().IsMatch(p.AsSpan(clauseStart, i - clauseStart)))
        {
            return null;
        }

        if (reportYear is { } year && OtherYear(p, TextScan.ClauseStart(p, i, sentence.Start, ";(/,"), i, year))
        {
            return null;
        }

        var (qualifier, qualifierStart) = Qualifier(p, previous);
        var label = FigureLabels.Label(p, token, qualifierStart ?? i, previous?.Word, clauseStart, sentence.Start);
        if (label is null)
        {
            return null;
        }

        var sourceText = SourceText(p, sentence, token.Start);
        var code = IndicatorKeywords.Match(label, sourceText);
        if (token.Shape == NumberShape.CardinalInflected && code is null)
        {
            return null;
        }

        if (qualifier is not null)
        {
            label = $"{label} ({qualifier} {p[token.Start..token.End]})".TrimStart();
        }

        return new ParsedIndicator(token.Value, label, code, sourceText, token.Start, token.End - token.Start, qualifier);
    }

    /// <summary>Digits glued to letters («Пр-354», «COVID-19», «№1844»), list numbering, phone parts.</summary>
    private static bool IsGluedOrReferenced(string p, NumberToken token)
    {
        var i = token.Start;
        if (i > 0)
        {
            var before = p[i - 1];
            if (char.IsLetter(before) || before is '№' or '+' or '#')
            {
                return true;
            }

            if (before is '-' or '–' && i > 1 && char.IsLetter(p[i - 2]))
            {
                return true;
            }

            if (before == ' ' && i > 1 && p[i - 2] == '№')
            {
                return true;
            }
        }

        var after = token.End < p.Length ? p[token.End] : '\0';
        if (token.IsPlainInteger && token.Digits <= 2 && after is '.' or ')')
        {
            var lineStart = i == 0;
            var afterSeparator = i >= 2 && p[i - 1] == ' ' && p[i - 2] is ';' or ':';
            var followedBySpace = token.End + 1 >= p.Length || p[token.End + 1] == ' ';
            if ((lineStart || (afterSeparator && after == ')')) && followedBySpace)
            {
                return true;
            }
        }

        // «8 (4162) 22-33-44»: a telephone number, not two counts.
        return (i > 0 && p[i - 1] == '(' && after == ')' && i > 2 && char.IsAsciiDigit(p[i - 3]))
            || (after == ' ' && token.End + 1 < p.Length && p[token.End + 1] == '(' && token.End + 2 < p.Length && char.IsAsciiDigit(p[token.End + 2]));
    }

    /// <summary>«2 раза в неделю», «раз на месяц»: how often, not how many.</summary>
    private static bool IsFrequency(string p, int end, string next)
    {
        if (!next.StartsWith("раз", StringComparison.OrdinalIgnoreCase) || next.Length > 5)
        {
            return false;
        }

        var rest = p.AsSpan(end).TrimStart()[next.Length..].TrimStart();
        return rest.StartsWith("в ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("на ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("у ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("за ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A four-digit number in 1900–2100 is a year unless a counted word follows it with nothing temporal
    /// before it: «размещено 2016 пресс-релизов» is a count, «в 2019 продолжается» and «2021:» are years.
    /// </summary>
    private static bool IsYear(string p, NumberToken token, string? previous, string? next)
    {
        if (!token.IsPlainInteger || token.Digits != 4 || token.Value is < 1900 or > 2100)
        {
            return false;
        }

        if (previous is not null && ReportWords.BeforeYear.Contains(previous))
        {
            return true;
        }

        if (next is null || ReportWords.Prepositions.Contains(next) || ReportWords.LabelStops.Contains(next) || ReportWords.IsMonth(next))
        {
            return true;
        }

        var after = token.End;
        while (after < p.Length && p[after] == ' ')
        {
            after++;
        }

        return after < p.Length && p[after] is '-' or '–' or '—';
    }

    private static bool OtherYear(string p, int clauseStart, int end, int reportYear)
    {
        Match? last = null;
        foreach (Match match in YearInClause().Matches(p[clauseStart..end]))
        {
            last = match;
        }

        return last is not null
            && int.Parse(last.Groups[1].Value, CultureInfo.InvariantCulture) != reportYear;
    }

    private static (string? Qualifier, int? Start) Qualifier(string p, (string Word, int Start)? previous)
    {
        if (previous is not { } word)
        {
            return (null, null);
        }

        var lower = word.Word.ToLowerInvariant();
        var before = TextScan.WordBefore(p, word.Start);
        if (ReportWords.BoundSecondWords.Contains(lower) && before is { } first && ReportWords.BoundFirstWords.Contains(first.Word))
        {
            return ($"{first.Word.ToLowerInvariant()} {lower}", first.Start);
        }

        return ReportWords.Bounds.Contains(lower) ? (lower, word.Start) : (null, null);
    }

    /// <summary>
    /// A goal, not a result: the sentence speaks of plans («планируем», «предстоит», «плануємо», «буде») before the
    /// number, or the number ends a goal («довести число подписчиков до 45 тыс.», «збільшити … до 60 тис.»).
    /// </summary>
    private static bool IsTarget(string p, NumberToken token, string? previous, int sentenceStart)
    {
        var before = p.AsSpan(sentenceStart, token.Start - sentenceStart);
        return PlanWords().IsMatch(before)
            || (previous?.ToLowerInvariant() is "до" && GoalVerb().IsMatch(before));
    }

    private static string SourceText(string p, (int Start, int End) sentence, int at)
    {
        var text = p[sentence.Start..sentence.End];
        if (text.Length <= MaxSourceText)
        {
            return text.Trim();
        }

        var from = Math.Max(sentence.Start, at - (MaxSourceText / 2));
        var to = Math.Min(sentence.End, from + MaxSourceText);
        return "…" + p[from..to].Trim() + "…";
    }

    [GeneratedRegex(@"^\s*(?:[^\d.;!?]{0,40}?\s)?(?:до|по)\s+\d")]
    private static partial Regex RangeEnd();

    /// <summary>«6 часов», «за 3 дня», «5 рабочих дней», «6 годин», «3 дні»: how long, not how many.</summary>
    [GeneratedRegex(
        @"^\s*(?:(?:рабоч|робоч|календарн)\w*\s+)?(?:час|часа|часов|часы|часу|часах|годину|години|годин|годинах|день|дня|дней|днях|днями|дні|днів|доба|добу|діб|суток|сутки)(?![\p{L}])",
        RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(
        @"(?<![\p{L}])(?:планиру\w*|в\s+планах|предстоит|намерен\w*|будет|будут|плану\w*|у\s+планах|передбача\w*|буде|будуть|прогноз\w*)(?![\p{L}])",
        RegexOptions.IgnoreCase)]
    private static partial Regex PlanWords();

    [GeneratedRegex(
        @"(?<![\p{L}])(?:увеличить|довести|достичь|достигнуть|нарастить|повысить|расширить|сократить|снизить|привлечь|збільшити|досягти|досягнути|наростити|підвищити|розширити|скоротити|знизити|залучити)(?![\p{L}])",
        RegexOptions.IgnoreCase)]
    private static partial Regex GoalVerb();

    [GeneratedRegex(@"на\s+(?:начало|початок|начале|початку)", RegexOptions.IgnoreCase)]
    private static partial Regex Baseline();

    [GeneratedRegex(@"(?:^|\s)(?:в|во|за|у)\s+((?:19|20)\d{2})\s*(?:год\w*|г\.|рік|році|року|р\.)", RegexOptions.IgnoreCase)]
    private static partial Regex YearInClause();

}
