using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MunicipalPress.Testing;

/// <summary>
/// A report's text written as the documents cities send: a Word file (headings, bold lines, real Word lists, a
/// footnote and tracked changes), an OpenDocument file, and a PDF laid out in pages (running header, page
/// numbers, lines wrapped and words hyphenated at line ends), with an embedded font that has Cyrillic. The tests
/// import them and expect the parse of the text itself. Also a PDF with only a picture (a scan).
/// </summary>
public static partial class ReportDocuments
{
    /// <summary>Debian's fonts-dejavu-core (test.sh installs it where it is missing).</summary>
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    public const string BoldFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    /// <summary>The deleted words of the tracked change; they must never reach the parse.</summary>
    public const string DeletedWords = "вычеркнутые редактором слова ";

    /// <summary>The footnote's text; it must never reach the parse.</summary>
    public const string FootnoteText = "Сноска: данные приведены по состоянию на конец года.";

    public const string RunningHeader = "Годовой отчёт пресс-службы";

    private enum LineKind
    {
        Blank,
        Heading,
        Bold,
        Numbered,
        Bulleted,
        Text,
    }

    /// <summary>The report's lines: a short line without a closing stop is a heading, a line that names a direction is bold, list lines keep their kind.</summary>
    private static List<(LineKind Kind, string Text)> Lines(string text)
    {
        var result = new List<(LineKind, string)>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                result.Add((LineKind.Blank, string.Empty));
            }
            else if (Numbered().Match(line) is { Success: true } number)
            {
                result.Add((LineKind.Numbered, line[number.Length..]));
            }
            else if (line.StartsWith('•'))
            {
                result.Add((LineKind.Bulleted, line[1..].Trim()));
            }
            else if (line.StartsWith("Направление", StringComparison.Ordinal) || line.StartsWith("Напрямок", StringComparison.Ordinal))
            {
                result.Add((LineKind.Bold, line));
            }
            else if (line.Split(' ').Length <= 16 && line[^1] is not ('.' or ':' or ';' or ','))
            {
                result.Add((LineKind.Heading, line));
            }
            else
            {
                result.Add((LineKind.Text, line));
            }
        }

        return result;
    }

    public static byte[] Docx(string reportText)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStylesAndNumbering(main);
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new Text("separator")))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new Text(FootnoteText)))) { Id = 1 });

            var body = new Body();
            var textParagraphs = 0;
            var numberedList = 0;
            var previous = LineKind.Blank;
            foreach (var (kind, line) in Lines(reportText))
            {
                switch (kind)
                {
                    case LineKind.Blank:
                        break;
                    case LineKind.Heading:
                        body.Append(new Paragraph(
                            new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }),
                            new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
                        break;
                    case LineKind.Bold:
                        body.Append(new Paragraph(new Run(new RunProperties(new Bold()), new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
                        break;
                    case LineKind.Numbered or LineKind.Bulleted:
                        if (kind == LineKind.Numbered && previous != LineKind.Numbered)
                        {
                            numberedList++;
                        }

                        // Each numbered list restarts at 1: its own numbering instance over the numbered definition.
                        var numberId = kind == LineKind.Numbered ? 10 + numberedList : 1;
                        if (kind == LineKind.Numbered && previous != LineKind.Numbered)
                        {
                            main.NumberingDefinitionsPart!.Numbering.Append(new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = numberId });
                        }

                        body.Append(new Paragraph(
                            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberId })),
                            new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
                        break;
                    default:
                        textParagraphs++;
                        body.Append(TextParagraph(line, textParagraphs));
                        break;
                }

                if (kind != LineKind.Blank)
                {
                    previous = kind;
                }
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A paragraph as Word keeps an edited one: the first text paragraph carries a footnote mark, the second has
    /// its last words as a tracked insertion, preceded by a tracked deletion.
    /// </summary>
    private static Paragraph TextParagraph(string line, int index)
    {
        static Run R(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (index == 1)
        {
            return new Paragraph(R(line), new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 1 }));
        }

        var cut = line.LastIndexOf(' ', Math.Max(0, line.Length / 2));
        if (index == 2 && cut > 0)
        {
            return new Paragraph(
                R(line[..(cut + 1)]),
                new DeletedRun(new Run(new DeletedText(DeletedWords) { Space = SpaceProcessingModeValues.Preserve })) { Id = "1", Author = "Редактор" },
                new InsertedRun(R(line[(cut + 1)..])) { Id = "2", Author = "Редактор" });
        }

        return new Paragraph(R(line));
    }

    private static void AddStylesAndNumbering(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "heading 2" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = 1 }),
                new StyleRunProperties(new Bold()))
            { Type = StyleValues.Paragraph, StyleId = "Heading2" });

        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
    }

    /// <summary>The same report as OpenDocument text: headings as text:h, lists as text:list, a note that stays out.</summary>
    public static byte[] Odt(string reportText)
    {
        const string ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";
        var body = new StringBuilder();
        var lines = Lines(reportText);
        var notes = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var (kind, line) = lines[i];
            var x = System.Security.SecurityElement.Escape(line);
            switch (kind)
            {
                case LineKind.Heading:
                    body.Append($"<text:h text:outline-level=\"2\">{x}</text:h>");
                    break;
                case LineKind.Bold:
                    body.Append($"<text:p text:style-name=\"P1\">{x}</text:p>");
                    break;
                case LineKind.Numbered or LineKind.Bulleted:
                    body.Append($"<text:list text:style-name=\"{(kind == LineKind.Numbered ? "L2" : "L1")}\">");
                    while (i < lines.Count && lines[i].Kind == kind)
                    {
                        body.Append($"<text:list-item><text:p>{System.Security.SecurityElement.Escape(lines[i].Text)}</text:p></text:list-item>");
                        i++;
                    }

                    i--;
                    body.Append("</text:list>");
                    break;
                case LineKind.Text:
                    var note = notes++ == 0
                        ? $"<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>{FootnoteText}</text:p></text:note-body></text:note>"
                        : string.Empty;
                    body.Append($"<text:p>{x}{note}</text:p>");
                    break;
            }
        }

        var content = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content {ns} office:version=\"1.3\">"
            + "<office:automatic-styles>"
            + "<style:style style:name=\"P1\" style:family=\"paragraph\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
            + "<text:list-style style:name=\"L1\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/></text:list-style>"
            + "<text:list-style style:name=\"L2\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/></text:list-style>"
            + "</office:automatic-styles><office:body><office:text>"
            + "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><office:change-info><dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">Редактор</dc:creator></office:change-info>"
            + $"<text:p>{DeletedWords}</text:p></text:deletion></text:changed-region></text:tracked-changes>"
            + body + "</office:text></office:body></office:document-content>";

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using (var w = mimetype.Open())
            {
                w.Write("application/vnd.oasis.opendocument.text"u8);
            }

            var entry = zip.CreateEntry("content.xml");
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            writer.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The report as an A4 PDF: 11 pt text wrapped to the column, words hyphenated where a long one does not fit,
    /// a gap between paragraphs, a running header on every page and «Страница N из M» at the foot.
    /// </summary>
    public static byte[] Pdf(string reportText, double columnWidth = 380)
    {
        const double size = 11, leading = 14.5, paragraphGap = 9, left = 72, top = 770, bottom = 90;
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        var bold = builder.AddTrueTypeFont(File.ReadAllBytes(BoldFontPath));
        var measurePage = builder.AddPage(PdfPageSize.A4);
        var widths = new Dictionary<(string, bool), double>();
        double Width(string text, bool isBold)
        {
            if (!widths.TryGetValue((text, isBold), out var width))
            {
                var letters = measurePage.MeasureText(text, size, new PdfPoint(0, 0), isBold ? bold : font);
                width = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
                widths[(text, isBold)] = width;
            }

            return width;
        }

        // Lay out every line first, to know the page count for the footers.
        var pages = new List<List<(double Y, string Text, bool Bold)>> { new() };
        var y = top;
        var number = 0;
        foreach (var (kind, line) in Lines(reportText))
        {
            if (kind == LineKind.Blank)
            {
                continue;
            }

            var isBold = kind is LineKind.Heading or LineKind.Bold;
            var full = kind switch { LineKind.Numbered => ++number + ". " + line, LineKind.Bulleted => "• " + line, _ => line };
            number = kind == LineKind.Numbered ? number : 0;
            foreach (var wrapped in Wrap(full, columnWidth, t => Width(t, isBold)))
            {
                if (y < bottom)
                {
                    pages.Add([]);
                    y = top;
                }

                pages[^1].Add((y, wrapped, isBold));
                y -= leading;
            }

            y -= kind is LineKind.Numbered or LineKind.Bulleted ? 0 : paragraphGap;
        }

        // The measuring page becomes the first page.
        for (var p = 0; p < pages.Count; p++)
        {
            var page = p == 0 ? measurePage : builder.AddPage(PdfPageSize.A4);
            page.AddText(RunningHeader, 9, new PdfPoint(left, 805), font);
            foreach (var (lineY, text, isBold) in pages[p])
            {
                page.AddText(text, size, new PdfPoint(left, lineY), isBold ? bold : font);
            }

            page.AddText($"Страница {p + 1} из {pages.Count}", 9, new PdfPoint(260, 40), font);
        }

        return builder.Build();
    }

    /// <summary>Lines of at most <paramref name="width"/>; a long word that would leave the line short is cut with a hyphen.</summary>
    private static IEnumerable<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var words = new Queue<string>(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var line = new StringBuilder();
        while (words.Count > 0)
        {
            var word = words.Peek();
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (measure(candidate) <= width)
            {
                line.Clear().Append(candidate);
                words.Dequeue();
                continue;
            }

            // Hyphenate a plain word (letters only, no hyphen of its own) when at least 3 letters fit and 3 remain.
            if (word.Length >= 7 && word.All(char.IsLetter))
            {
                for (var cut = word.Length - 3; cut >= 3; cut--)
                {
                    var head = (line.Length == 0 ? string.Empty : line + " ") + word[..cut] + "-";
                    if (measure(head) <= width)
                    {
                        yield return head;
                        words.Dequeue();
                        words = new Queue<string>(new[] { word[cut..] }.Concat(words));
                        line.Clear();
                        goto next;
                    }
                }
            }

            if (line.Length == 0)
            {
                line.Append(word);
                words.Dequeue();
            }

            yield return line.ToString();
            line.Clear();
        next:;
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>A page with a picture and no text: what a scanner makes.</summary>
    public static byte[] ScannedPdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PdfPageSize.A4);
        page.AddPng(GrayPng(120, 160), new PdfRectangle(50, 50, 545, 790));
        return builder.Build();
    }

    private static byte[] GrayPng(int width, int height)
    {
        var raw = new byte[(width + 1) * height];
        for (var row = 0; row < height; row++)
        {
            for (var x = 0; x < width; x++)
            {
                raw[row * (width + 1) + 1 + x] = (byte)((x * 7 + row * 3) % 255);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(raw);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    [GeneratedRegex(@"^\d{1,2}[.)]\s+")]
    private static partial Regex Numbered();
}
