using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MunicipalPress.Infrastructure.Documents;

/// <summary>
/// Text flowing down A4 pages with PDFsharp: wrapped paragraphs, headings kept with what follows, bordered
/// tables whose header row repeats on a new page, and a page number at the foot of every page.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Left = 62;
    public const double Right = PageWidth - 48;
    public const double Top = 56;
    public const double Bottom = PageHeight - 60;
    private const double CellPadding = 3;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly Dictionary<(double Size, bool Bold), XFont> _fonts = [];
    private readonly Dictionary<(XFont Font, string Word), double> _widths = [];
    private XGraphics? _graphics;

    public PdfFlow(PdfDocument document)
    {
        Document = document;
    }

    public PdfDocument Document { get; }

    public PdfPage? Page { get; private set; }

    public double Y { get; set; }

    public static double Width => Right - Left;

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page yet.");

    public XFont Font(double size, bool bold = false)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            _fonts[(size, bold)] = font = new XFont(DigestFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
        }

        return font;
    }

    public PdfPage NewPage()
    {
        _graphics?.Dispose();
        Page = Document.AddPage();
        Page.Width = XUnit.FromPoint(PageWidth);
        Page.Height = XUnit.FromPoint(PageHeight);
        _graphics = XGraphics.FromPdfPage(Page);
        var number = Document.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var footer = Font(8);
        _graphics.DrawString(number, footer, XBrushes.Gray, new XPoint(Right - Measure(number, footer), PageHeight - 32));
        Y = Top;
        return Page;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (_graphics is null || Y + height > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>A wrapped paragraph; <paramref name="keepWith"/> is room wanted below its first line (a heading's).</summary>
    public void Paragraph(string text, XFont font, double indent = 0, double spaceBefore = 0, double spaceAfter = 4, double keepWith = 0, bool centred = false)
    {
        var lineHeight = font.GetHeight() * 1.15;
        var lines = Wrap(text, font, Width - indent);
        if (Y > Top)
        {
            Y += spaceBefore;
        }

        EnsureSpace(lineHeight + keepWith);
        foreach (var line in lines)
        {
            EnsureSpace(lineHeight);
            var x = centred ? Left + ((Width - Measure(line, font)) / 2) : Left + indent;
            Graphics.DrawString(line, font, XBrushes.Black, new XRect(x, Y, Width - indent, lineHeight), XStringFormats.TopLeft);
            Y += lineHeight;
        }

        Y += spaceAfter;
    }

    /// <summary>A bordered table; the first row is the header, bold and repeated after a page break.</summary>
    public void Table(IReadOnlyList<double> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, double size)
    {
        var regular = Font(size);
        var bold = Font(size, bold: true);
        var total = widths.Sum();
        var columns = widths.Select(w => w / total * Width).ToArray();
        var headerLines = Cells(header, columns, bold);
        EnsureSpace(RowHeight(headerLines, bold) * 2);
        DrawRow(headerLines, columns, bold, shaded: true);
        foreach (var row in rows)
        {
            var lines = Cells(row, columns, regular);
            var height = RowHeight(lines, regular);
            if (Y + height > Bottom)
            {
                NewPage();
                DrawRow(headerLines, columns, bold, shaded: true);
            }

            DrawRow(lines, columns, regular, shaded: false);
        }

        Y += 6;
    }

    public double Measure(string text, XFont font) => Graphics.MeasureString(text, font).Width;

    /// <summary>Cuts <paramref name="text"/> with an ellipsis so it fits <paramref name="width"/>.</summary>
    public string Fit(string text, XFont font, double width)
    {
        if (Measure(text, font) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && Measure(text[..cut] + "…", font) > width)
        {
            cut--;
        }

        return text[..cut] + "…";
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _graphics = null;
    }

    private List<string[]> Cells(IReadOnlyList<string> cells, double[] columns, XFont font) =>
        cells.Select((c, i) => Wrap(c, font, columns[i] - (2 * CellPadding)).ToArray()).ToList();

    private static double RowHeight(List<string[]> lines, XFont font) =>
        (lines.Max(l => Math.Max(1, l.Length)) * font.GetHeight() * 1.1) + (2 * CellPadding);

    private void DrawRow(List<string[]> lines, double[] columns, XFont font, bool shaded)
    {
        var height = RowHeight(lines, font);
        var lineHeight = font.GetHeight() * 1.1;
        var x = Left;
        for (var i = 0; i < columns.Length; i++)
        {
            var rect = new XRect(x, Y, columns[i], height);
            if (shaded)
            {
                Graphics.DrawRectangle(XBrushes.WhiteSmoke, rect);
            }

            Graphics.DrawRectangle(XPens.DarkGray, rect);
            var y = Y + CellPadding;
            foreach (var line in i < lines.Count ? lines[i] : [])
            {
                var lineX = i == 0 ? x + CellPadding : x + columns[i] - CellPadding - Measure(line, font);
                Graphics.DrawString(line, font, XBrushes.Black, new XRect(lineX, y, columns[i], lineHeight), XStringFormats.TopLeft);
                y += lineHeight;
            }

            x += columns[i];
        }

        Y += height;
    }

    /// <summary>Greedy word wrap, a word too long for a line broken where it must be.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var space = WordWidth(" ", font);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            var lineWidth = 0d;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = WordWidth(word, font);
                if (line.Length > 0 && lineWidth + space + wordWidth > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }

                if (wordWidth > width)
                {
                    foreach (var piece in Break(word, font, width))
                    {
                        lines.Add(piece);
                    }

                    continue;
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                    lineWidth += space;
                }

                line.Append(word);
                lineWidth += wordWidth;
            }

            if (line.Length > 0 || lines.Count == 0)
            {
                lines.Add(line.ToString());
            }
        }

        return lines;
    }

    private IEnumerable<string> Break(string word, XFont font, double width)
    {
        var start = 0;
        while (start < word.Length)
        {
            var length = 1;
            while (start + length < word.Length && Measure(word.Substring(start, length + 1), font) <= width)
            {
                length++;
            }

            yield return word.Substring(start, length);
            start += length;
        }
    }

    private double WordWidth(string word, XFont font)
    {
        if (word.Length > 40)
        {
            return Measure(word, font);
        }

        if (!_widths.TryGetValue((font, word), out var width))
        {
            if (_widths.Count > 50_000)
            {
                _widths.Clear();
            }

            _widths[(font, word)] = width = Measure(word, font);
        }

        return width;
    }
}
