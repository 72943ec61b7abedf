using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// One planned task per list item; a sentence that lists its tasks after a colon and separates them with
/// semicolons («задачами являются: a; b; c»), or numbers them inline («1) …; 2) …»), gives one task per item;
/// any other paragraph is one task.
/// </summary>
internal static partial class PlannedTaskSplitter
{
    public static IReadOnlyList<ParsedPlannedTask> Split(IReadOnlyList<TextLine> lines)
    {
        var content = lines.Where(l => !l.IsBlank).Select(l => l.Text).ToList();
        var tasks = new List<ParsedPlannedTask>();
        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            if (ReportLists.IsItem(line))
            {
                Add(tasks, ReportLists.StripMarker(line));
                continue;
            }

            var introducesList = line.EndsWith(':') && i + 1 < content.Count && ReportLists.IsItem(content[i + 1]);
            if (introducesList)
            {
                continue;
            }

            foreach (var item in SplitParagraph(line))
            {
                Add(tasks, item);
            }
        }

        return tasks;
    }

    private static IEnumerable<string> SplitParagraph(string paragraph)
    {
        var numbered = InlineNumber().Matches(paragraph);
        if (numbered.Count >= 2 && numbered[0].Groups[1].Value == "1" && numbered[1].Groups[1].Value == "2")
        {
            for (var m = 0; m < numbered.Count; m++)
            {
                var from = numbered[m].Index + numbered[m].Length;
                var to = m + 1 < numbered.Count ? numbered[m + 1].Index : paragraph.Length;
                yield return paragraph[from..to];
            }

            yield break;
        }

        var colon = paragraph.IndexOf(':');
        var tail = colon >= 0 ? paragraph[(colon + 1)..] : paragraph;
        var items = tail.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if ((colon >= 0 && items.Length >= 2) || items.Length >= 3)
        {
            foreach (var item in items)
            {
                yield return item;
            }

            yield break;
        }

        yield return paragraph;
    }

    private static void Add(List<ParsedPlannedTask> tasks, string text)
    {
        var trimmed = text.Trim().TrimEnd(';', ',', ' ');
        if (trimmed.Count(char.IsLetter) < 3)
        {
            return;
        }

        if (char.IsLower(trimmed[0]))
        {
            trimmed = char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
        }

        tasks.Add(new ParsedPlannedTask(trimmed));
    }

    [GeneratedRegex(@"(?:^|[\s:;])(\d{1,2})\)\s+")]
    private static partial Regex InlineNumber();
}
