using System.Text;
using System.Text.RegularExpressions;
using MunicipalPress.Application.Imports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace MunicipalPress.Infrastructure.Documents;

/// <summary>
/// A PDF's text layer as paragraphs. PdfPig gives words with their boxes; words on one baseline make a line,
/// lines make a paragraph until a gap larger than the page's usual line spacing, a first-line indent, a list
/// marker, or (in a document without space between paragraphs) a short line that ends a sentence. Lines that repeat at the top or bottom of most pages (running headers and footers) and
/// page numbers are dropped; a word hyphenated at a line end is joined again. A PDF without any text (a scan)
/// is <see cref="ImportFileProblem.NoTextLayer"/>.
/// </summary>
internal static partial class PdfReportReader
{
    /// <param name="Cells">The line cut where the words stand far apart: three or more make it a table row.</param>
    private sealed record PdfLine(string Text, double Top, double Bottom, double Left, double Right, double Height, bool Bold, IReadOnlyList<string> Cells)
    {
        public bool IsTableRow => Cells.Count >= MinTableCells;
    }

    private const int MinTableCells = 3;

    /// <summary>A gap between words wider than this many line heights separates table cells (a space is about a third).</summary>
    private const double CellGap = 1.5;

    public static IReadOnlyList<DocumentBlock> Read(byte[] data)
    {
        using var document = PdfDocument.Open(data);
        var pages = new List<List<PdfLine>>();
        var letters = 0;
        foreach (var page in document.GetPages())
        {
            var lines = Lines(page);
            letters += lines.Sum(l => l.Text.Count(char.IsLetter));
            pages.Add(lines);
        }

        if (letters == 0)
        {
            throw new ImportFileException(ImportFileProblem.NoTextLayer);
        }

        DropRunningLines(pages);
        return Paragraphs(pages);
    }

    private static List<PdfLine> Lines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(1, word.BoundingBox.Height);
            var line = lines.LastOrDefault(l => Math.Abs(l[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= height * 0.4);
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        return lines.Select(l =>
        {
            var ordered = l.OrderBy(w => w.BoundingBox.Left).ToList();
            var text = new StringBuilder();
            var cells = new List<string>();
            var cell = new StringBuilder();
            for (var i = 0; i < ordered.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                    var gap = ordered[i].BoundingBox.Left - ordered[i - 1].BoundingBox.Right;
                    if (gap > CellGap * Math.Max(1, ordered[i].BoundingBox.Height))
                    {
                        cells.Add(cell.ToString());
                        cell.Clear();
                    }
                    else
                    {
                        cell.Append(' ');
                    }
                }

                text.Append(ordered[i].Text);
                cell.Append(ordered[i].Text);
            }

            cells.Add(cell.ToString());

            var bold = ordered.All(w => w.Letters.Count > 0 && (w.Letters[0].FontName ?? string.Empty).Contains("Bold", StringComparison.OrdinalIgnoreCase));
            return new PdfLine(
                text.ToString(),
                ordered.Max(w => w.BoundingBox.Top),
                ordered.Min(w => w.BoundingBox.Bottom),
                ordered.Min(w => w.BoundingBox.Left),
                ordered.Max(w => w.BoundingBox.Right),
                ordered.Max(w => w.BoundingBox.Height),
                bold,
                cells);
        }).OrderByDescending(l => l.Bottom).ToList();
    }

    /// <summary>Running headers and footers: the first and last lines that repeat (digits aside) on at least half the pages; page numbers anywhere at the edges.</summary>
    private static void DropRunningLines(List<List<PdfLine>> pages)
    {
        const int edge = 2;
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            // A compilation opens every city's section on a new page with the same question: that is structure, not a running header.
            foreach (var key in Edges(page, edge).Where(l => !ReportLandmarks.IsQuestion(l.Text)).Select(l => Shape(l.Text)).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var repeated = pages.Count >= 2
            ? counts.Where(c => c.Value >= Math.Max(2, (pages.Count + 1) / 2)).Select(c => c.Key).ToHashSet()
            : [];
        // A single page has nothing to repeat: there a header or footer is a line in a smaller type than the body's,
        // set apart from it at the page's top or bottom.
        var heights = pages.SelectMany(p => p).Select(l => l.Height).ToList();
        var bodyHeight = heights.Count == 0 ? 0 : Percentile(heights, 0.5);
        foreach (var page in pages)
        {
            var drop = Edges(page, edge).Where(l => repeated.Contains(Shape(l.Text)) || PageNumber().IsMatch(l.Text)).ToHashSet();
            if (page.Count >= 3)
            {
                if (IsApart(page[0], page[1], bodyHeight))
                {
                    drop.Add(page[0]);
                }

                if (IsApart(page[^1], page[^2], bodyHeight))
                {
                    drop.Add(page[^1]);
                }
            }

            page.RemoveAll(drop.Contains);
        }
    }

    private static bool IsApart(PdfLine edge, PdfLine neighbour, double bodyHeight) =>
        edge.Height < bodyHeight * 0.9 && Math.Abs(edge.Bottom - neighbour.Bottom) > bodyHeight * 2.5;

    private static IEnumerable<PdfLine> Edges(List<PdfLine> page, int count) =>
        page.Take(count).Concat(page.Skip(Math.Max(count, page.Count - count)));

    private static string Shape(string text) => Digits().Replace(text.Trim(), "#");

    private static List<DocumentBlock> Paragraphs(List<List<PdfLine>> pages)
    {
        var all = pages.SelectMany(p => p).ToList();
        var rightMargin = all.Count == 0 ? 0 : Percentile(all.Select(l => l.Right), 0.9);
        var gaps = pages.SelectMany(p => p.Zip(p.Skip(1), (a, b) => a.Bottom - b.Bottom)).Where(g => g > 0).ToList();
        var spacing = gaps.Count == 0 ? 0 : Percentile(gaps, 0.3);
        // Where paragraphs are set apart by space, that space is the sign; a short line ending a sentence is only
        // one where nothing else tells paragraphs apart, or across a page break (in left-aligned text a line is short
        // whenever a long word follows).
        var spaced = gaps.Any(g => g > spacing * 1.45);

        var blocks = new List<DocumentBlock>();
        var current = new StringBuilder();
        var currentBold = true;
        var currentIsItem = false;
        string? marker = null;

        void Flush()
        {
            var text = current.ToString().Trim();
            if (text.Length > 0)
            {
                blocks.Add(currentIsItem
                    ? new DocumentParagraph(text, DocumentParagraphKind.ListItem, marker)
                    : new DocumentParagraph(text, currentBold && text.Length <= 150 ? DocumentParagraphKind.Heading : DocumentParagraphKind.Text));
            }

            current.Clear();
            currentBold = true;
            currentIsItem = false;
            marker = null;
        }

        // A run of table rows (a line cut into three or more cells) becomes a table; a one-cell line just under a row,
        // starting where the row's first cell starts, is that cell's wrapped text («Публикации в СМИ о деятельности» /
        // «администрации, шт.»).
        List<List<string>>? table = null;
        PdfLine? firstCellOf = null;

        void FlushTable()
        {
            if (table is not null)
            {
                blocks.Add(new DocumentTable([.. table.Select(r => (IReadOnlyList<string>)r)]));
            }

            table = null;
            firstCellOf = null;
        }

        PdfLine? previous = null;
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Count; i++)
            {
                var line = page[i];
                if (line.IsTableRow)
                {
                    Flush();
                    if (table is not null && firstCellOf is not null && line.Cells.Count != table[0].Count)
                    {
                        FlushTable();
                    }

                    table ??= [];
                    table.Add([.. line.Cells]);
                    firstCellOf = line;
                    previous = line;
                    continue;
                }

                if (table is not null && firstCellOf is not null && previous is not null
                    && Math.Abs(line.Left - firstCellOf.Left) <= Math.Max(2, line.Height * 0.5)
                    && previous.Bottom - line.Bottom <= line.Height * 2.5 && previous.Bottom > line.Bottom)
                {
                    table[^1][0] = table[^1][0] + " " + line.Text;
                    previous = line;
                    continue;
                }

                FlushTable();
                var item = ListMarker().Match(line.Text);
                var newParagraph = previous is null
                    || item.Success
                    || previous.Bold != line.Bold
                    || (i > 0 && spacing > 0 && previous.Bottom - line.Bottom > spacing * 1.45)
                    || (line.Left > previous.Left + Math.Max(8, line.Height) && line.Text.Length > 0 && char.IsUpper(line.Text[0]))
                    || ((!spaced || i == 0) && !(previous.Bold && line.Bold) && EndsSentence(previous.Text) && previous.Right < rightMargin - Math.Max(20, previous.Height * 3));
                if (newParagraph)
                {
                    Flush();
                    if (item.Success)
                    {
                        currentIsItem = true;
                        marker = item.Groups[1].Value;
                        current.Append(line.Text[item.Length..]);
                    }
                    else
                    {
                        current.Append(line.Text);
                    }
                }
                else
                {
                    Join(current, line.Text);
                }

                currentBold &= line.Bold;
                previous = line;
            }
        }

        Flush();
        FlushTable();
        return blocks;
    }

    /// <summary>The next line of a paragraph: a word cut by a hyphen at the line's end is put back together.</summary>
    private static void Join(StringBuilder paragraph, string next)
    {
        var length = paragraph.Length;
        if (length >= 2 && paragraph[length - 1] is '-' or '\u00AD' or '‐' && char.IsLetter(paragraph[length - 2])
            && next.Length > 0 && char.IsLower(next[0]))
        {
            paragraph.Length--;
            paragraph.Append(next);
            return;
        }

        paragraph.Append(' ').Append(next);
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or ';';

    private static double Percentile(IEnumerable<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Round((sorted.Count - 1) * share), 0, sorted.Count - 1)];
    }

    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:(?:стр\.?|страница|сторінка|с\.|page)\s*)?\d{1,4}(?:\s*(?:из|з|of|/)\s*\d{1,4})?(?:\s*[-–—])?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^([•·▪●◦‣○■□►▸✓✔–—*]|\d{1,2}(?:\.\d{1,2})*[.)]|[а-яa-z]\))\s+(?=\S)")]
    private static partial Regex ListMarker();

    public static bool IsEncrypted(Exception e) => e is PdfDocumentEncryptedException;
}
