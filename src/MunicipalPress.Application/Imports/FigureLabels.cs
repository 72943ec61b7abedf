using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// What a number counts: the phrase after it («2982 пресс-релиза»), after a dash («5346 - руководителей»), before a
/// dash or colon («прямых эфиров - 19»), or the subject of «количество/число X … N».
/// </summary>
internal static partial class FigureLabels
{
    /// <returns>The counted phrase, or null when nothing says what the number counts (an address, a page).</returns>
    public static string? Label(string p, NumberToken token, int before, string? previous, int clauseStart, int sentenceStart)
    {
        var k = token.End;
        while (k < p.Length && p[k] == ' ')
        {
            k++;
        }

        var dashThenWords = k + 1 < p.Length && p[k] is '-' or '–' or '—' && p[k + 1] == ' ' && k > token.End;
        var phrase = ReadPhrase(p, dashThenWords ? k + 1 : token.End, 6, stopAtPreposition: false);
        if (phrase.Length > 0 && ReportWords.Prepositions.Contains(phrase.Split(' ')[0]))
        {
            // «до 9 400 в сутки»: what follows is a circumstance; the counted thing is named before the number.
            var named = LabelBeforeDash(p, before, sentenceStart) ?? CountedPhrase(p, clauseStart, token.Start);
            var leadIn = previous is null ? string.Empty : ClauseTail(p, TextScan.ClauseStart(p, before, sentenceStart, ";(/,"), before);
            return named ?? (leadIn.Length > 0 ? leadIn : phrase);
        }

        if (phrase.Length > 0)
        {
            var head = phrase.Split(' ')[0].TrimEnd('.').ToLowerInvariant();
            if (ReportWords.GenericUnits.Contains(head))
            {
                return CountedPhrase(p, clauseStart, token.Start) ?? LabelBeforeDash(p, before, sentenceStart) ?? phrase;
            }

            return phrase;
        }

        var label = LabelBeforeDash(p, before, sentenceStart) ?? CountedPhrase(p, clauseStart, token.Start);
        if (label is not null)
        {
            return label;
        }

        // A bare number is a count only when words lead up to it («посещаемость возросла до 300»); after a comma
        // or a bracket it is an address, a page or a code.
        var tail = previous is null ? string.Empty : ClauseTail(p, TextScan.ClauseStart(p, before, sentenceStart, ";(/,"), before);
        return tail.Length > 0 ? tail : null;
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
        var limit = Math.Max(sentenceStart, k - TextScan.MaxLookBehind);
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
            else if (depth == 0 && c == ',' && m > 0 && char.IsAsciiDigit(p[m - 1]))
            {
                // «подписчиков — 15 600, в «Одноклассниках» — 4 200»: the comma closes the previous figure.
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

            var abbreviated = k < p.Length && p[k] == '.' && word.Length <= 4 && ReportWords.GenericUnits.Contains(word);
            if (abbreviated)
            {
                k++;
            }

            first = first < 0 ? start : first;
            last = k;
            lastWords.Add((start, k));
            count++;
            if (abbreviated || (k < p.Length && p[k] is not (' ' or '«' or '»' or '"' or '“' or '„' or '”')))
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

    [GeneratedRegex(@"(?:количеств\w*|числ[оау]|кількіст\w*|чисельніст\w*)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();
}
