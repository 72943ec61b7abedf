using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Tables written as tab-separated rows (as <see cref="ReportDocumentComposer"/> writes a Word table, or as a table
/// pasted from Word): a run of lines with tabs whose first row names years («Показатель | 2015 | 2016»). Each row
/// below is a figure: its first cell is the label, matched to an indicator like any figure's, the report year's
/// column is the value and the year before's column is kept as last year's value. Tabs anywhere else are spaces.
/// </summary>
internal static partial class ReportTableReader
{
    internal sealed record YearTable(int Start, int End, IReadOnlyList<int> RowStarts);

    /// <summary>The year tables of the normalised text, and the text with every other tab made a space (offsets kept).</summary>
    public static (string Text, IReadOnlyList<YearTable> Tables) Find(string text)
    {
        if (!text.Contains('\t'))
        {
            return (text, []);
        }

        // Raw lines: a row's empty last cells are tabs at its end, which a trimmed line would lose.
        var lines = new List<(int Start, int End)>();
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lines.Add((start, end));
            start = end + 1;
        }

        bool IsRow(int i) => text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).Contains('\t');
        var tables = new List<YearTable>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsRow(i) || HeaderYears(text[lines[i].Start..lines[i].End]).Count == 0)
            {
                continue;
            }

            var rows = new List<int> { lines[i].Start };
            var j = i + 1;
            while (j < lines.Count && IsRow(j))
            {
                rows.Add(lines[j].Start);
                j++;
            }

            if (rows.Count >= 2)
            {
                tables.Add(new YearTable(lines[i].Start, lines[j - 1].End, rows));
                i = j - 1;
            }
        }

        var builder = new StringBuilder(text);
        var t = 0;
        for (var c = 0; c < builder.Length; c++)
        {
            while (t < tables.Count && tables[t].End < c)
            {
                t++;
            }

            if (builder[c] == '\t' && !(t < tables.Count && tables[t].Start <= c && c <= tables[t].End))
            {
                builder[c] = ' ';
            }
        }

        return (builder.ToString(), tables);
    }

    public static bool Contains(IReadOnlyList<YearTable> tables, int offset) =>
        tables.Any(t => t.Start <= offset && offset <= t.End);

    /// <summary>The figures of the tables that do not stand among <paramref name="excluded"/> (the tasks).</summary>
    public static List<ParsedIndicator> Figures(string text, IReadOnlyList<YearTable> tables, IReadOnlyList<TextLine> excluded, int? reportYear)
    {
        var figures = new List<ParsedIndicator>();
        foreach (var table in tables.Where(t => !excluded.Any(l => t.Start <= l.Start && l.Start <= t.End)))
        {
            var header = Cells(text, table.RowStarts[0]);
            var years = HeaderYears(string.Join('\t', header.Select(c => c.Text)));
            if (years.Count == 0)
            {
                continue;
            }

            var current = reportYear is { } y && years.ContainsKey(y) ? y : years.Keys.Max();
            var previous = current - 1;
            foreach (var rowStart in table.RowStarts.Skip(1))
            {
                var cells = Cells(text, rowStart);
                if (cells.Count == 0 || !years.TryGetValue(current, out var column) || column >= cells.Count)
                {
                    continue;
                }

                var label = cells[0].Text.Trim();
                var value = Number(cells[column].Text);
                if (label.Count(char.IsLetter) < 2 || value is null)
                {
                    continue;
                }

                decimal? last = years.TryGetValue(previous, out var lastColumn) && lastColumn < cells.Count
                    ? Number(cells[lastColumn].Text)?.Token.Value
                    : null;
                var cell = cells[column];
                var source = $"{label}: {current} — {cell.Text.Trim()}"
                    + (last is not null ? $"; {previous} — {cells[lastColumn].Text.Trim()}" : string.Empty);
                var (token, offset) = value.Value;
                figures.Add(new ParsedIndicator(
                    token.Value,
                    label,
                    IndicatorKeywords.Match(label, label),
                    source,
                    cell.Start + offset + token.Start,
                    token.End - token.Start,
                    null,
                    last));
            }
        }

        return figures;
    }

    /// <summary>Column index by year, for a header row whose cells (after the first) name years.</summary>
    private static Dictionary<int, int> HeaderYears(string headerLine)
    {
        var result = new Dictionary<int, int>();
        var cells = headerLine.Split('\t');
        for (var i = 1; i < cells.Length; i++)
        {
            var match = YearCell().Match(cells[i].Trim());
            if (match.Success)
            {
                result.TryAdd(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), i);
            }
        }

        return result;
    }

    private static List<(int Start, string Text)> Cells(string text, int rowStart)
    {
        var end = text.IndexOf('\n', rowStart);
        if (end < 0)
        {
            end = text.Length;
        }

        var cells = new List<(int, string)>();
        var start = rowStart;
        for (var i = rowStart; i <= end; i++)
        {
            if (i == end || text[i] == '\t')
            {
                cells.Add((start, text[start..i]));
                start = i + 1;
            }
        }

        return cells;
    }

    /// <summary>The cell's number (its token and where it starts in the cell), if the cell is a number and nothing else.</summary>
    private static (NumberToken Token, int Offset)? Number(string cell)
    {
        var offset = 0;
        while (offset < cell.Length && !char.IsAsciiDigit(cell[offset]))
        {
            if (char.IsLetter(cell[offset]))
            {
                return null;
            }

            offset++;
        }

        if (offset == cell.Length)
        {
            return null;
        }

        var body = cell[offset..].TrimEnd();
        if (body.EndsWith('%'))
        {
            body = body[..^1].TrimEnd();
        }

        var token = NumberReader.Read(body, 0);
        return token.Shape != NumberShape.NotAFigure && body[token.End..].Trim().Length == 0 ? (token, offset) : null;
    }

    [GeneratedRegex(@"^\D{0,12}?((?:19|20)\d{2})\s*(?:г\.?|год|году|рік|році|р\.)?$", RegexOptions.IgnoreCase)]
    private static partial Regex YearCell();
}
