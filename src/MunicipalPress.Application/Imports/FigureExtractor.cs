using System.Globalization;
using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Finds every number in the achievements text that counts something, with its value, the phrase it counts,
/// its sentence and an indicator code. Whatever is not a count is left out, by the characters around it:
/// years («в 2016 году», «2013-2015 годов»), dates («01.01.2017», «30 января»), document and law numbers
/// («№ 422-р», «131-ФЗ», «Пр-354», «пункта 3»), list numbering, percentages, ratios («в 2 раза»), baselines
/// («с 3000 до 6000», «на начало 2021: 110019») and figures of another year («в 2020 году - 13120»).
/// Numbers written with a case ending («11-ти ступеней», «2-х») are what a text consists of more often than what
/// the service did, so they count only when their phrase names a catalogue indicator.
/// </summary>
internal static partial class FigureExtractor
{
    public const int MaxFigures = 1000;
    private const int MaxLookBehind = 300;
    private const int MaxSourceText = 500;

    public static List<ParsedIndicator> Extract(IEnumerable<TextLine> lines, int? reportYear, List<string> warnings)
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
                warnings.Add($"More than {MaxFigures} figures: only the first {MaxFigures} were kept.");
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

            var token = ReadNumber(p, i);
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

        var previous = WordBefore(p, i);
        var next = WordAfter(p, token.End);
        if (previous is { } prev && ReportWords.IsReference(prev.Word))
        {
            return null;
        }

        if (next is { } nx && (ReportWords.IsYearWord(nx) || nx.StartsWith("процент", StringComparison.OrdinalIgnoreCase)
            || nx.StartsWith("відсот", StringComparison.OrdinalIgnoreCase)))
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

        if (previous?.Word.ToLowerInvariant() is "в" or "у" && next is { } times && times.StartsWith("раз", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (previous?.Word.ToLowerInvariant() is "с" or "со" or "з" or "із" or "від" or "от" && RangeEnd().IsMatch(p.AsSpan(token.End, Math.Min(60, p.Length - token.End))))
        {
            return null;
        }

        var clauseStart = ClauseStart(p, i, sentence.Start, ";(/");
        if (Baseline().IsMatch(p.AsSpan(clauseStart, i - clauseStart)))
        {
            return null;
        }

        if (reportYear is { } year && OtherYear(p, ClauseStart(p, i, sentence.Start, ";(/,"), i, year))
        {
            return null;
        }

        var (qualifier, qualifierStart) = Qualifier(p, previous);
        var label = Label(p, token, qualifierStart ?? i, clauseStart, sentence.Start);
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
        var before = WordBefore(p, word.Start);
        if (ReportWords.BoundSecondWords.Contains(lower) && before is { } first && ReportWords.BoundFirstWords.Contains(first.Word))
        {
            return ($"{first.Word.ToLowerInvariant()} {lower}", first.Start);
        }

        return ReportWords.Bounds.Contains(lower) ? (lower, word.Start) : (null, null);
    }

    private static string Label(string p, NumberToken token, int before, int clauseStart, int sentenceStart)
    {
        var k = token.End;
        while (k < p.Length && p[k] == ' ')
        {
            k++;
        }

        var dashThenWords = k + 1 < p.Length && p[k] is '-' or '–' or '—' && p[k + 1] == ' ' && k > token.End;
        var phrase = ReadPhrase(p, dashThenWords ? k + 1 : token.End, 6, stopAtPreposition: false);
        if (phrase.Length > 0)
        {
            var head = phrase.Split(' ')[0].TrimEnd('.').ToLowerInvariant();
            if (ReportWords.GenericUnits.Contains(head))
            {
                return CountedPhrase(p, clauseStart, token.Start) ?? LabelBeforeDash(p, before, sentenceStart) ?? phrase;
            }

            return phrase;
        }

        return LabelBeforeDash(p, before, sentenceStart)
            ?? CountedPhrase(p, clauseStart, token.Start)
            ?? ClauseTail(p, clauseStart, before);
    }

    /// <summary>«обращений Мэра города - 41», «прямых эфиров: 19»: the label stands before the number.</summary>
    private static string? LabelBeforeDash(string p, int before, int sentenceStart)
    {
        var k = before - 1;
        while (k >= 0 && p[k] == ' ')
        {
            k--;
        }

        if (k < 0 || p[k] is not ('-' or '–' or '—' or ':'))
        {
            return null;
        }

        var end = k;
        var depth = 0;
        var m = k - 1;
        var limit = Math.Max(sentenceStart, k - MaxLookBehind);
        for (; m >= limit; m--)
        {
            var c = p[m];
            if (c == ')')
            {
                depth++;
            }
            else if (c == '(')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (depth == 0 && c is ';' or ':')
            {
                break;
            }
        }

        var text = p[(m + 1)..end].Trim();
        if (text.EndsWith(')') && text.LastIndexOf('(') is var open and > 0)
        {
            text = text[..open].Trim();
        }

        text = ReportLists.StripMarker(text).Trim(' ', ',', '-', '–', '—');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 12)
        {
            text = string.Join(' ', words[..12]);
        }

        return text.Any(char.IsLetter) ? text : null;
    }

    /// <summary>«число активных граждан … возросло до 2281», «количество подписчиков … составило 146 531 человек».</summary>
    private static string? CountedPhrase(string p, int clauseStart, int end)
    {
        if (end <= clauseStart)
        {
            return null;
        }

        Match? last = null;
        foreach (Match match in CountWord().Matches(p[clauseStart..end]))
        {
            last = match;
        }

        if (last is null)
        {
            return null;
        }

        var phrase = ReadPhrase(p, clauseStart + last.Index + last.Length, 4, stopAtPreposition: true);
        return phrase.Length > 0 ? phrase : null;
    }

    private static string ClauseTail(string p, int clauseStart, int end)
    {
        if (end <= clauseStart)
        {
            return string.Empty;
        }

        var words = p[clauseStart..end]
            .Split([' ', ',', '-', '–', '—', '(', ')', '«', '»'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(c => char.IsLetter(c) || c == '-'))
            .ToList();
        while (words.Count > 0 && (ReportWords.Prepositions.Contains(words[^1]) || ReportWords.Bounds.Contains(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words.TakeLast(5));
    }

    /// <summary>The words after a position up to punctuation, a conjunction, another number or <paramref name="maxWords"/>.</summary>
    private static string ReadPhrase(string p, int from, int maxWords, bool stopAtPreposition)
    {
        var k = from;
        int first = -1, last = -1, count = 0;
        var lastWords = new List<(int Start, int End)>();
        while (count < maxWords)
        {
            while (k < p.Length && p[k] is ' ' or '«' or '"' or '“' or '„' or '»' or '”')
            {
                k++;
            }

            if (k >= p.Length || !char.IsLetter(p[k]))
            {
                break;
            }

            var start = k;
            while (k < p.Length && (ReportWords.IsWordChar(p[k]) || (p[k] == '-' && k + 1 < p.Length && char.IsLetter(p[k + 1]))))
            {
                k++;
            }

            var word = p[start..k];
            if (ReportWords.LabelStops.Contains(word) || (stopAtPreposition && count > 0 && ReportWords.Prepositions.Contains(word)))
            {
                break;
            }

            if (k < p.Length && p[k] == '.' && ReportWords.GenericUnits.Contains(word))
            {
                k++;
            }

            first = first < 0 ? start : first;
            last = k;
            lastWords.Add((start, k));
            count++;
            if (k < p.Length && p[k] is not (' ' or '«' or '»' or '"' or '“' or '„' or '”'))
            {
                break;
            }
        }

        while (lastWords.Count > 0 && ReportWords.Prepositions.Contains(p[lastWords[^1].Start..lastWords[^1].End]))
        {
            lastWords.RemoveAt(lastWords.Count - 1);
            last = lastWords.Count > 0 ? lastWords[^1].End : -1;
        }

        if (lastWords.Count == 0 || first < 0 || last <= first)
        {
            return string.Empty;
        }

        var phrase = p[first..last];
        var opened = phrase.Count(c => c == '«') - phrase.Count(c => c == '»');
        return opened > 0 ? phrase + new string('»', opened) : phrase;
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

    private static int ClauseStart(string p, int position, int sentenceStart, string delimiters)
    {
        var limit = Math.Max(sentenceStart, position - MaxLookBehind);
        for (var k = position - 1; k >= limit; k--)
        {
            if (delimiters.Contains(p[k]))
            {
                return k + 1;
            }
        }

        return limit;
    }

    private static (string Word, int Start)? WordBefore(string p, int position)
    {
        var k = position - 1;
        while (k >= 0 && p[k] == ' ')
        {
            k--;
        }

        if (k < 0)
        {
            return null;
        }

        if (p[k] == '№')
        {
            return ("№", k);
        }

        var end = k + 1;
        if (p[k] == '.' && k > 0 && char.IsLetter(p[k - 1]))
        {
            k--;
        }

        if (!char.IsLetter(p[k]))
        {
            return null;
        }

        while (k > 0 && ReportWords.IsWordChar(p[k - 1]))
        {
            k--;
        }

        return (p[k..end], k);
    }

    private static string? WordAfter(string p, int position)
    {
        var k = position;
        while (k < p.Length && p[k] == ' ')
        {
            k++;
        }

        var start = k;
        while (k < p.Length && ReportWords.IsWordChar(p[k]))
        {
            k++;
        }

        return k > start ? p[start..k] : null;
    }

    private static NumberToken ReadNumber(string p, int start)
    {
        var j = start;
        while (j < p.Length && char.IsAsciiDigit(p[j]))
        {
            j++;
        }

        var integer = p[start..j];
        var grouped = false;
        if (integer.Length <= 3)
        {
            while (j + 3 < p.Length && p[j] == ' ' && char.IsAsciiDigit(p[j + 1]) && char.IsAsciiDigit(p[j + 2])
                && char.IsAsciiDigit(p[j + 3]) && (j + 4 == p.Length || !char.IsAsciiDigit(p[j + 4])))
            {
                integer += p.Substring(j + 1, 3);
                j += 4;
                grouped = true;
            }
        }

        var fraction = string.Empty;
        var shape = NumberShape.Count;
        var needsMultiplier = false;
        if (j + 1 < p.Length && char.IsAsciiDigit(p[j + 1]))
        {
            switch (p[j])
            {
                case ',':
                    var f = j + 1;
                    while (f < p.Length && char.IsAsciiDigit(p[f]))
                    {
                        f++;
                    }

                    fraction = p[(j + 1)..f];
                    j = f;
                    break;
                case '.':
                    var d = j;
                    var dots = 0;
                    while (d + 1 < p.Length && p[d] == '.' && char.IsAsciiDigit(p[d + 1]))
                    {
                        dots++;
                        d++;
                        while (d < p.Length && char.IsAsciiDigit(p[d]))
                        {
                            d++;
                        }
                    }

                    if (dots == 1 && !grouped)
                    {
                        fraction = p[(j + 1)..d];
                        needsMultiplier = true;
                    }
                    else
                    {
                        shape = NumberShape.NotAFigure;
                    }

                    j = d;
                    break;
                case ':' or '/' or '-' or '–' or '—':
                    j++;
                    while (j < p.Length && (char.IsAsciiDigit(p[j]) || (p[j] is '-' or '–' or '/' or ':' or '.' && j + 1 < p.Length && char.IsAsciiDigit(p[j + 1]))))
                    {
                        j++;
                    }

                    shape = NumberShape.NotAFigure;
                    break;
            }
        }

        if (shape == NumberShape.Count && j < p.Length)
        {
            var c = p[j];
            if (c == '-' && j + 1 < p.Length && char.IsLetter(p[j + 1]))
            {
                var s = j + 1;
                while (s < p.Length && char.IsLetter(p[s]))
                {
                    s++;
                }

                var suffix = p[(j + 1)..s];
                shape = !suffix.Any(char.IsUpper) && ReportWords.CardinalSuffixes.Contains(suffix)
                    ? NumberShape.CardinalInflected
                    : NumberShape.NotAFigure;
                j = s;
            }
            else if (c is '%' or '+' or '°' or '‰' || (c < 128 && char.IsLetter(c))
                || (c == ' ' && j + 2 < p.Length && (p[j + 1] == '%' || (p[j + 1] == '-' && char.IsUpper(p[j + 2])))))
            {
                shape = NumberShape.NotAFigure;
            }
        }

        var end = j;
        var multiplier = 1m;
        if (shape != NumberShape.NotAFigure)
        {
            var k = j < p.Length && p[j] == ' ' ? j + 1 : j;
            var w = k;
            while (w < p.Length && char.IsLetter(p[w]))
            {
                w++;
            }

            if (w > k && ReportWords.Multipliers.TryGetValue(p[k..w], out var factor))
            {
                multiplier = factor;
                end = w < p.Length && p[w] == '.' ? w + 1 : w;
                var after = end;
                while (after < p.Length && p[after] == ' ')
                {
                    after++;
                }

                if (after < p.Length && p[after] == '%')
                {
                    shape = NumberShape.NotAFigure;
                }
            }
            else if (needsMultiplier)
            {
                shape = NumberShape.NotAFigure;
            }
        }

        if (integer.Length > 15 || fraction.Length > 10)
        {
            return new NumberToken(start, Math.Max(end, j), 0, NumberShape.NotAFigure, false, integer.Length);
        }

        var text = fraction.Length > 0 ? $"{integer}.{fraction}" : integer;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new NumberToken(start, Math.Max(end, j), 0, NumberShape.NotAFigure, false, integer.Length);
        }

        value = Canonical(value * multiplier);
        var plain = !grouped && fraction.Length == 0 && multiplier == 1m;
        return new NumberToken(start, end, value, shape, plain, integer.Length);
    }

    /// <summary>2,5 × 1000 is 2500.0 in decimal arithmetic; the trailing zero would show in JSON as «2500.0».</summary>
    private static decimal Canonical(decimal value) => value / 1.000000000000000000000000000000000m;

    [GeneratedRegex(@"^\s*(?:[^\d.;!?]{0,40}?\s)?до\s+\d")]
    private static partial Regex RangeEnd();

    [GeneratedRegex(@"на\s+(?:начало|початок|начале|початку)", RegexOptions.IgnoreCase)]
    private static partial Regex Baseline();

    [GeneratedRegex(@"(?:^|\s)(?:в|во|за|у)\s+((?:19|20)\d{2})\s*(?:год\w*|г\.|рік|році|року|р\.)", RegexOptions.IgnoreCase)]
    private static partial Regex YearInClause();

    [GeneratedRegex(@"(?:количеств\w*|числ[оау]|кількіст\w*|чисельніст\w*)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();
}
