using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Splits the achievements part into entries. Where the text has sub-headings («Направление «…»», or a short
/// line of its own without a closing period) each heading and the text under it make one entry with that
/// direction; otherwise every paragraph is an entry, and a paragraph ending in a colon keeps the list that
/// follows it.
/// </summary>
internal static partial class AchievementBuilder
{
    public static IReadOnlyList<ParsedAchievement> Build(IReadOnlyList<TextLine> lines)
    {
        var headings = new string?[lines.Count];
        var any = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                headings[i] = Direction(lines[i].Text, NextContent(lines, i));
                any |= headings[i] is not null;
            }
        }

        return any ? ByDirection(lines, headings) : ByParagraph(lines);
    }

    /// <summary>Whether a line of its own, followed by text, is read as a direction heading.</summary>
    public static bool IsDirectionLine(string line) => Direction(line, "Текст.") is not null;

    private static List<ParsedAchievement> ByDirection(IReadOnlyList<TextLine> lines, string?[] headings)
    {
        var result = new List<ParsedAchievement>();
        string? direction = null;
        var paragraphs = new List<List<string>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (headings[i] is { } heading)
            {
                Flush(result, direction, paragraphs);
                direction = heading;
                paragraphs = [];
                continue;
            }

            AddLine(paragraphs, lines[i]);
        }

        Flush(result, direction, paragraphs);
        return result;
    }

    private static List<ParsedAchievement> ByParagraph(IReadOnlyList<TextLine> lines)
    {
        var result = new List<ParsedAchievement>();
        var paragraphs = new List<List<string>>();
        foreach (var line in lines)
        {
            AddLine(paragraphs, line);
        }

        List<string>? open = null;
        foreach (var paragraph in paragraphs.Where(p => p.Count > 0))
        {
            var isList = paragraph.All(ReportLists.IsItem);
            if (open is not null && isList)
            {
                open.AddRange(paragraph);
                continue;
            }

            if (open is not null)
            {
                result.Add(new ParsedAchievement(null, string.Join('\n', open)));
            }

            open = [.. paragraph];
            if (!paragraph[^1].EndsWith(':'))
            {
                result.Add(new ParsedAchievement(null, string.Join('\n', open)));
                open = null;
            }
        }

        if (open is not null)
        {
            result.Add(new ParsedAchievement(null, string.Join('\n', open)));
        }

        return result;
    }

    private static void AddLine(List<List<string>> paragraphs, TextLine line)
    {
        if (line.IsBlank)
        {
            if (paragraphs.Count > 0 && paragraphs[^1].Count > 0)
            {
                paragraphs.Add([]);
            }

            return;
        }

        if (paragraphs.Count == 0)
        {
            paragraphs.Add([]);
        }

        paragraphs[^1].Add(line.Text);
    }

    private static void Flush(List<ParsedAchievement> result, string? direction, List<List<string>> paragraphs)
    {
        var text = string.Join("\n\n", paragraphs.Where(p => p.Count > 0).Select(p => string.Join('\n', p)));
        if (text.Length > 0)
        {
            result.Add(new ParsedAchievement(direction, text));
        }
    }

    private static string? NextContent(IReadOnlyList<TextLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return lines[i].Text;
            }
        }

        return null;
    }

    /// <summary>The direction a heading line names, or null when the line is text.</summary>
    private static string? Direction(string line, string? next)
    {
        var explicitHeading = ExplicitHeading().Match(line);
        if (explicitHeading.Success && line.Length <= 250 && next is not null)
        {
            return CleanDirection(explicitHeading.Groups[1].Value);
        }

        if (next is null)
        {
            return null;
        }

        var isListItem = ReportLists.IsItem(line);
        var text = isListItem ? ReportLists.StripMarker(line) : line;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (text.Length is < 3 or > 90 || words > 10 || text[^1] is '.' or ';' or ',' || NonYearNumber().IsMatch(text))
        {
            return null;
        }

        if (!(char.IsUpper(text[0]) || text[0] == '«') || text.Count(char.IsLetter) < 3)
        {
            return null;
        }

        var nextIsList = ReportLists.IsItem(next);
        if (text[^1] == ':' && (nextIsList || words > 6))
        {
            return null;
        }

        if (isListItem && nextIsList)
        {
            return null;
        }

        return CleanDirection(text);
    }

    private static string CleanDirection(string text)
    {
        var trimmed = text.Trim().TrimEnd(':', '.', ' ');
        if (trimmed.Length >= 2 && trimmed[0] == '«' && trimmed[^1] == '»')
        {
            trimmed = trimmed[1..^1];
        }

        return trimmed.Trim();
    }

    [GeneratedRegex(@"^(?:направлени[ея]|напрямок|напрям|раздел|розділ|блок)\b\s*[:\-–—]?\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitHeading();

    [GeneratedRegex(@"(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d+")]
    private static partial Regex NonYearNumber();
}
