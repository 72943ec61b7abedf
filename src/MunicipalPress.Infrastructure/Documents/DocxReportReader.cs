using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Infrastructure.Documents;

/// <summary>
/// A .docx as blocks: the body's paragraphs and tables in order (content controls opened), each paragraph's
/// accepted text (insertions kept, deletions and moved-away text dropped, field codes and footnote marks left out),
/// headings (a heading style or outline level, or a short line in bold only), list items with the number Word
/// would show, and text boxes as paragraphs of their own after the paragraph that holds them (the DrawingML
/// choice only, not its VML copy). Footnotes, headers and footers are not the report's text.
/// </summary>
internal static class DocxReportReader
{
    private const int MaxBoldHeadingLength = 150;

    public static IReadOnlyList<DocumentBlock> Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var body = main.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var context = new Context(main);
        var blocks = new List<DocumentBlock>();
        ReadBlocks(body.ChildElements, context, blocks);
        return blocks;
    }

    private static void ReadBlocks(IEnumerable<OpenXmlElement> elements, Context context, List<DocumentBlock> blocks)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, context, blocks);
                    break;
                case Table table:
                    blocks.Add(ReadTable(table));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    ReadBlocks(content.ChildElements, context, blocks);
                    break;
                case CustomXmlBlock custom:
                    ReadBlocks(custom.ChildElements, context, blocks);
                    break;
                case InsertedRun or DeletedRun:
                    break;
            }
        }
    }

    private static void ReadParagraph(Paragraph paragraph, Context context, List<DocumentBlock> blocks)
    {
        var text = new StringBuilder();
        var textBoxes = new List<OpenXmlElement>();
        var allBold = true;
        var anyText = false;
        CollectText(paragraph, text, textBoxes, context, ref allBold, ref anyText);
        var content = text.ToString().Trim();

        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        if (content.Length > 0)
        {
            var list = context.ListMarker(properties, styleId);
            if (list is not null)
            {
                blocks.Add(new DocumentParagraph(content, DocumentParagraphKind.ListItem, list));
            }
            else if (context.IsHeading(properties, styleId)
                || (allBold && anyText && content.Length <= MaxBoldHeadingLength && !content.Contains('\n')))
            {
                blocks.Add(new DocumentParagraph(content, DocumentParagraphKind.Heading));
            }
            else
            {
                blocks.Add(new DocumentParagraph(content));
            }
        }

        foreach (var box in textBoxes)
        {
            ReadBlocks(box.ChildElements, context, blocks);
        }
    }

    private static void CollectText(
        OpenXmlElement element,
        StringBuilder text,
        List<OpenXmlElement> textBoxes,
        Context context,
        ref bool allBold,
        ref bool anyText)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DeletedRun or MoveFromRun or FootnoteReference or EndnoteReference or FieldCode or DeletedText
                    or ParagraphProperties or RunProperties or SymbolChar:
                    continue;
                case DocumentFormat.OpenXml.Wordprocessing.TextBoxContent box:
                    textBoxes.Add(box);
                    continue;
                case AlternateContentFallback:
                    // The VML copy of what the choice already holds.
                    continue;
                case Run run when run.RunProperties?.Vanish is { } vanish && (vanish.Val?.Value ?? true):
                    continue;
                case Text t:
                    text.Append(t.Text);
                    if (t.Text.Any(char.IsLetterOrDigit))
                    {
                        anyText = true;
                        if (t.Parent is Run parent && !context.IsBold(parent))
                        {
                            allBold = false;
                        }
                    }

                    continue;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    continue;
                case Break or CarriageReturn:
                    text.Append('\n');
                    continue;
                case NoBreakHyphen:
                    text.Append('-');
                    continue;
                case SoftHyphen:
                    continue;
            }

            if (child.LocalName == "txbxContent")
            {
                textBoxes.Add(child);
                continue;
            }

            if (child.LocalName == "Fallback")
            {
                continue;
            }

            CollectText(child, text, textBoxes, context, ref allBold, ref anyText);
        }
    }

    private static DocumentTable ReadTable(Table table)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableCell>().FirstOrDefault() is null || c.Ancestors<Table>().First() == table))
            {
                if (cell.Ancestors<Table>().First() != table)
                {
                    continue;
                }

                var text = new StringBuilder();
                var boxes = new List<OpenXmlElement>();
                var bold = true;
                var any = false;
                foreach (var paragraph in cell.Descendants<Paragraph>())
                {
                    if (text.Length > 0)
                    {
                        text.Append(' ');
                    }

                    CollectText(paragraph, text, boxes, Context.Plain, ref bold, ref any);
                }

                var merged = cell.TableCellProperties?.VerticalMerge is { } merge && merge.Val?.Value != MergedCellValues.Restart;
                cells.Add(merged ? string.Empty : text.ToString().Trim());
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                for (var s = 1; s < span; s++)
                {
                    cells.Add(string.Empty);
                }
            }

            rows.Add(cells);
        }

        return new DocumentTable(rows);
    }

    /// <summary>The document's styles and numbering, and the list counters as the document goes on.</summary>
    private sealed class Context
    {
        public static readonly Context Plain = new(null);

        private readonly Dictionary<string, Style> _styles = [];
        private readonly Numbering? _numbering;
        private readonly Dictionary<(int AbstractId, int Level), int> _counters = [];

        public Context(MainDocumentPart? main)
        {
            foreach (var style in main?.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            {
                if (style.StyleId?.Value is { } id)
                {
                    _styles[id] = style;
                }
            }

            _numbering = main?.NumberingDefinitionsPart?.Numbering;
        }

        public bool IsBold(Run run)
        {
            if (run.RunProperties?.Bold is { } bold)
            {
                return bold.Val?.Value ?? true;
            }

            var characterStyle = run.RunProperties?.RunStyle?.Val?.Value;
            if (characterStyle is not null && StyleChain(characterStyle).Select(s => s.StyleRunProperties?.Bold).FirstOrDefault(b => b is not null) is { } styled)
            {
                return styled.Val?.Value ?? true;
            }

            var paragraphStyle = run.Ancestors<Paragraph>().FirstOrDefault()?.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            return paragraphStyle is not null
                && StyleChain(paragraphStyle).Select(s => s.StyleRunProperties?.Bold).FirstOrDefault(b => b is not null) is { } inherited
                && (inherited.Val?.Value ?? true);
        }

        public bool IsHeading(ParagraphProperties? properties, string? styleId)
        {
            if (properties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level < 9;
            }

            if (styleId is null)
            {
                return false;
            }

            foreach (var style in StyleChain(styleId))
            {
                var name = style.StyleName?.Val?.Value ?? style.StyleId?.Value ?? string.Empty;
                if (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.StartsWith("title", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("заголовок", StringComparison.OrdinalIgnoreCase) || name.StartsWith("subtitle", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline)
                {
                    return outline < 9;
                }
            }

            return false;
        }

        /// <summary>The marker Word shows before a list item («3.», «б)», «•»), or null for a paragraph outside a list.</summary>
        public string? ListMarker(ParagraphProperties? properties, string? styleId)
        {
            var numbering = properties?.NumberingProperties;
            var numberId = numbering?.NumberingId?.Val?.Value;
            var level = numbering?.NumberingLevelReference?.Val?.Value;
            if (numberId is null && styleId is not null)
            {
                var styled = StyleChain(styleId).Select(s => s.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(n => n?.NumberingId is not null);
                numberId = styled?.NumberingId?.Val?.Value;
                level ??= styled?.NumberingLevelReference?.Val?.Value;
            }

            if (numberId is null or 0)
            {
                return null;
            }

            var ilvl = level ?? 0;
            var instance = _numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = _numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var levelDefinition = definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == ilvl);
            var format = levelDefinition?.NumberingFormat?.Val?.Value;
            if (levelDefinition is null || format is null || format == NumberFormatValues.Bullet || format == NumberFormatValues.None)
            {
                return "•";
            }

            var key = (abstractId ?? -(int)numberId.Value, ilvl);
            var start = levelDefinition.StartNumberingValue?.Val?.Value ?? 1;
            _counters[key] = _counters.TryGetValue(key, out var n) ? n + 1 : start;
            foreach (var deeper in _counters.Keys.Where(k => k.AbstractId == key.Item1 && k.Level > ilvl).ToList())
            {
                _counters.Remove(deeper);
            }

            var pattern = levelDefinition.LevelText?.Val?.Value ?? $"%{ilvl + 1}.";
            var marker = new StringBuilder();
            for (var i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] == '%' && i + 1 < pattern.Length && char.IsAsciiDigit(pattern[i + 1]))
                {
                    var referenced = pattern[i + 1] - '1';
                    var value = _counters.TryGetValue((key.Item1, referenced), out var v) ? v : 1;
                    marker.Append(referenced == ilvl ? Format(value, format.Value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    i++;
                }
                else
                {
                    marker.Append(pattern[i]);
                }
            }

            var text = marker.ToString().Trim();
            if (text.Length == 0)
            {
                return "•";
            }

            // The parser's list markers: «1.», «1.2.», «1)» for numbers and «а)» for letters.
            var letters = text.Any(char.IsLetter);
            if (letters)
            {
                return text.TrimEnd('.', ')') + ")";
            }

            return text[^1] is '.' or ')' ? text : text + ".";
        }

        private static string Format(int value, NumberFormatValues format)
        {
            if (format == NumberFormatValues.LowerLetter && value is >= 1 and <= 26)
            {
                return ((char)('a' + value - 1)).ToString();
            }

            if (format == NumberFormatValues.RussianLower && value is >= 1 and <= 28)
            {
                return "абвгдежзиклмнопрстуфхцчшщэюя"[value - 1].ToString();
            }

            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private IEnumerable<Style> StyleChain(string styleId)
        {
            var seen = new HashSet<string>();
            var id = styleId;
            while (id is not null && seen.Add(id) && _styles.TryGetValue(id, out var style))
            {
                yield return style;
                id = style.BasedOn?.Val?.Value;
            }
        }
    }
}
