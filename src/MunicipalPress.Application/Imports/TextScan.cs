namespace MunicipalPress.Application.Imports;

/// <summary>Looking around a position in a paragraph: the word before, the word after, where the clause starts.</summary>
internal static class TextScan
{
    /// <summary>How far back a clause is looked for: keeps every figure's work bounded on one endless line.</summary>
    public const int MaxLookBehind = 300;

    public static int ClauseStart(string p, int position, int sentenceStart, string delimiters)
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

    public static (string Word, int Start)? WordBefore(string p, int position)
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

    public static string? WordAfter(string p, int position)
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
}
