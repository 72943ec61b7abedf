using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Infrastructure.Documents;

/// <summary>
/// An OpenDocument text (.odt) read from its content.xml: paragraphs, headings (text:h, or a paragraph whose
/// style is bold), lists (numbered when the list style numbers its level), tables; notes are left out, and the
/// tracked-changes record (which holds deleted text) is skipped, so the accepted text remains.
/// </summary>
internal static class OdtReportReader
{
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static readonly XNamespace Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static readonly XNamespace Draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

    public static IReadOnlyList<DocumentBlock> Read(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var entry = zip.GetEntry("content.xml") ?? throw new InvalidDataException("The package has no content.xml.");
        XDocument content;
        using (var xml = entry.Open())
        {
            content = XDocument.Load(XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }));
        }

        var body = content.Root?.Element(Office + "body")?.Element(Office + "text")
            ?? throw new InvalidDataException("The document has no text body.");
        var context = new Context(content);
        var blocks = new List<DocumentBlock>();
        ReadBlocks(body.Elements(), context, blocks, listLevel: -1, listStyle: null);
        return blocks;
    }

    private static void ReadBlocks(IEnumerable<XElement> elements, Context context, List<DocumentBlock> blocks, int listLevel, string? listStyle)
    {
        foreach (var element in elements)
        {
            if (element.Name == Text + "p" || element.Name == Text + "h")
            {
                var (text, frames) = Paragraph(element);
                if (text.Length > 0)
                {
                    var heading = element.Name == Text + "h" || (context.IsBold(element.Attribute(Text + "style-name")?.Value) && text.Length <= 150);
                    blocks.Add(new DocumentParagraph(text, heading ? DocumentParagraphKind.Heading : DocumentParagraphKind.Text));
                }

                foreach (var frame in frames)
                {
                    ReadBlocks(frame.Elements(), context, blocks, -1, null);
                }
            }
            else if (element.Name == Text + "list")
            {
                var style = element.Attribute(Text + "style-name")?.Value ?? listStyle;
                var level = listLevel + 1;
                var number = context.StartOf(style, level);
                foreach (var item in element.Elements(Text + "list-item"))
                {
                    var marker = context.IsNumbered(style, level) ? $"{number++}." : "•";
                    foreach (var child in item.Elements())
                    {
                        if (child.Name == Text + "list")
                        {
                            ReadBlocks([child], context, blocks, level, style);
                        }
                        else if (child.Name == Text + "p" || child.Name == Text + "h")
                        {
                            var (text, _) = Paragraph(child);
                            if (text.Length > 0)
                            {
                                blocks.Add(new DocumentParagraph(text, DocumentParagraphKind.ListItem, marker));
                                marker = "•";
                            }
                        }
                    }
                }
            }
            else if (element.Name == Table + "table")
            {
                var rows = element.Descendants(Table + "table-row")
                    .Where(r => r.Ancestors(Table + "table").First() == element)
                    .Select(r => (IReadOnlyList<string>)r.Elements(Table + "table-cell")
                        .SelectMany(c => Enumerable.Repeat(
                            string.Join(' ', c.Elements(Text + "p").Select(p => Paragraph(p).Text)).Trim(),
                            Math.Clamp(int.TryParse(c.Attribute(Table + "number-columns-repeated")?.Value, out var n) ? n : 1, 1, 50)))
                        .ToList())
                    .ToList();
                blocks.Add(new DocumentTable(rows));
            }
            else if (element.Name == Text + "section" || element.Name == Text + "index-body")
            {
                ReadBlocks(element.Elements(), context, blocks, listLevel, listStyle);
            }
        }
    }

    /// <summary>A paragraph's text (spaces, tabs and line breaks as ODF writes them) and the text boxes it holds.</summary>
    private static (string Text, List<XElement> Frames) Paragraph(XElement paragraph)
    {
        var text = new StringBuilder();
        var frames = new List<XElement>();
        Collect(paragraph, text, frames);
        return (text.ToString().Trim(), frames);
    }

    private static void Collect(XElement element, StringBuilder text, List<XElement> frames)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value.Replace('\n', ' '));
                continue;
            }

            if (node is not XElement child)
            {
                continue;
            }

            if (child.Name == Text + "s")
            {
                text.Append(' ', Math.Clamp(int.TryParse(child.Attribute(Text + "c")?.Value, out var c) ? c : 1, 1, 100));
            }
            else if (child.Name == Text + "tab")
            {
                text.Append(' ');
            }
            else if (child.Name == Text + "line-break")
            {
                text.Append('\n');
            }
            else if (child.Name == Text + "note" || child.Name == Text + "tracked-changes" || child.Name == Office + "annotation")
            {
                continue;
            }
            else if (child.Name == Draw + "text-box")
            {
                frames.Add(child);
            }
            else
            {
                Collect(child, text, frames);
            }
        }
    }

    private sealed class Context
    {
        private readonly HashSet<string> _boldStyles = [];
        private readonly Dictionary<string, XElement> _listStyles = [];

        public Context(XDocument content)
        {
            foreach (var style in content.Descendants(Style + "style"))
            {
                if (style.Element(Style + "text-properties")?.Attribute(Fo + "font-weight")?.Value is "bold" or "700" or "800" or "900"
                    && style.Attribute(Style + "name")?.Value is { } name)
                {
                    _boldStyles.Add(name);
                }
            }

            foreach (var list in content.Descendants(Text + "list-style"))
            {
                if (list.Attribute(Style + "name")?.Value is { } name)
                {
                    _listStyles[name] = list;
                }
            }
        }

        public bool IsBold(string? styleName) => styleName is not null && _boldStyles.Contains(styleName);

        public bool IsNumbered(string? listStyle, int level) => LevelStyle(listStyle, level)?.Name == Text + "list-level-style-number"
            && LevelStyle(listStyle, level)?.Attribute(Style + "num-format")?.Value is { Length: > 0 };

        public int StartOf(string? listStyle, int level) =>
            int.TryParse(LevelStyle(listStyle, level)?.Attribute(Text + "start-value")?.Value, out var start) ? start : 1;

        private XElement? LevelStyle(string? listStyle, int level) =>
            listStyle is not null && _listStyles.TryGetValue(listStyle, out var style)
                ? style.Elements().FirstOrDefault(e => e.Attribute(Text + "level")?.Value == (level + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                : null;
    }
}
