using System.Globalization;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Reads the number that starts at a digit: digit groups («146 531»), a decimal comma, a multiplier («2,5 тыс.»),
/// and the characters glued to it that make it something other than a count (dates, ranges, «131-ФЗ», «18+», «39,6%»).
/// </summary>
internal static class NumberReader
{
    public static NumberToken Read(string p, int start)
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
                var periodEndsSentence = w + 2 < p.Length && p[w + 1] == ' ' && char.IsUpper(p[w + 2]);
                end = w < p.Length && p[w] == '.' && !periodEndsSentence ? w + 1 : w;
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
}
