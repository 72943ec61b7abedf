using System.Text;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Writes a document's blocks as the text <see cref="ReportTextParser"/> reads, so a .docx, .pdf or .odt parses
/// the same as the text someone would have saved from it: paragraphs separated by a blank line; a heading (or a
/// bold stand-alone line) on a line of its own, as «Направление «…»» when it is too long to be taken for a
/// direction by itself; the items of a list on consecutive lines with their «1.»/«•» markers; a table as
/// tab-separated rows, header first, which the parser reads as figures when its columns are years.
/// </summary>
public static class ReportDocumentComposer
{
    public static string Compose(IEnumerable<DocumentBlock> blocks)
    {
        var text = new StringBuilder();
        var inList = false;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocumentParagraph { Kind: DocumentParagraphKind.ListItem } item:
                    var itemText = OneParagraph(item.Text);
                    if (itemText.Length == 0)
                    {
                        continue;
                    }

                    if (!inList)
                    {
                        Separate(text);
                    }

                    text.Append(item.ListMarker ?? "•").Append(' ').Append(itemText).Append('\n');
                    inList = true;
                    continue;
                case DocumentParagraph paragraph:
                    var content = paragraph.Kind == DocumentParagraphKind.Heading
                        ? Heading(OneLine(paragraph.Text), atTop: !text.ToString().Any(char.IsLetter) || IsSecondLine(text))
                        : OneParagraph(paragraph.Text);
                    if (content.Length == 0)
                    {
                        continue;
                    }

                    Separate(text);
                    text.Append(content).Append('\n');
                    break;
                case DocumentTable table:
                    var rows = table.Rows
                        .Select(r => r.Select(OneLine).ToList())
                        .Where(r => r.Any(c => c.Length > 0))
                        .ToList();
                    if (rows.Count == 0)
                    {
                        continue;
                    }

                    Separate(text);
                    foreach (var row in rows)
                    {
                        // An empty first cell would be trimmed away with the line: a dash keeps the columns in place.
                        text.Append(string.Join('\t', row.Select((c, i) => c.Length == 0 ? "-" : c))).Append('\n');
                    }

                    break;
            }

            inList = false;
        }

        return text.ToString();
    }

    /// <summary>
    /// A heading as the parser takes it for a direction: as it is when it is short (or is one of the
    /// questionnaire's landmarks, the city or a question), as «Направление «…»» otherwise.
    /// </summary>
    /// <summary>Only a city header stands before: the report's title may follow it.</summary>
    private static bool IsSecondLine(StringBuilder text) => text.ToString().Trim().IndexOf('\n') < 0;

    private static string Heading(string heading, bool atTop)
    {
        if (heading.Length == 0 || ReportStructureReader.IsLandmark(heading, atTop) || AchievementBuilder.IsDirectionLine(heading))
        {
            return heading;
        }

        var word = ReportLanguageDetector.Detect(heading).Language == ReportLanguages.Ukrainian ? "Напрямок" : "Направление";
        return heading.Length <= 240 ? $"{word} «{heading.TrimEnd('.', ':', ' ')}»" : heading;
    }

    private static void Separate(StringBuilder text)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }
    }

    /// <summary>A paragraph's own line breaks stay (the parser joins a break inside a sentence); blank lines inside it go.</summary>
    private static string OneParagraph(string text) =>
        string.Join('\n', text.Replace("\r", string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string OneLine(string text) =>
        string.Join(' ', text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
