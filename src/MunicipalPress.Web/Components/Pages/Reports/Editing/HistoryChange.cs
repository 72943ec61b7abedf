using System.Text.RegularExpressions;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// One line of a history entry's change summary, read back from the service's machine-stable English
/// («achievements: +1 −0», «press_releases: 10 → 12») so the page can say it in the user's language.
/// <see cref="Subject"/> is the section (achievements, planned tasks, peer highlights, indicator values) or an
/// indicator code; anything not recognised is kept as <see cref="Raw"/>.
/// </summary>
public sealed partial record HistoryChange(
    HistoryChangeKind Kind,
    string Raw,
    string? Subject = null,
    string? From = null,
    string? To = null,
    int Added = 0,
    int Removed = 0)
{
    public static HistoryChange Parse(string line)
    {
        if (StatusLine().Match(line) is { Success: true } status)
        {
            return new HistoryChange(HistoryChangeKind.Status, line, "status", status.Groups[1].Value, status.Groups[2].Value);
        }

        if (AddedRemovedLine().Match(line) is { Success: true } counts)
        {
            return new HistoryChange(
                HistoryChangeKind.AddedRemoved, line, counts.Groups[1].Value,
                Added: int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                Removed: int.Parse(counts.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (ReorderedLine().Match(line) is { Success: true } reordered)
        {
            return new HistoryChange(HistoryChangeKind.Reordered, line, reordered.Groups[1].Value);
        }

        if (CountLine().Match(line) is { Success: true } count)
        {
            return new HistoryChange(
                HistoryChangeKind.Count, line, count.Groups[1].Value,
                Added: int.Parse(count.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (NoteLine().Match(line) is { Success: true } note)
        {
            return new HistoryChange(HistoryChangeKind.Note, line, note.Groups[1].Value);
        }

        return ValueLine().Match(line) is { Success: true } value
            ? new HistoryChange(HistoryChangeKind.Value, line, value.Groups[1].Value, value.Groups[2].Value, value.Groups[3].Value)
            : new HistoryChange(HistoryChangeKind.Other, line);
    }

    [GeneratedRegex(@"^status: (\w+) → (\w+)$")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^(achievements|planned tasks|peer highlights): \+(\d+) −(\d+)$")]
    private static partial Regex AddedRemovedLine();

    [GeneratedRegex(@"^(achievements|planned tasks|peer highlights): reordered$")]
    private static partial Regex ReorderedLine();

    [GeneratedRegex(@"^(achievements|planned tasks|indicator values|peer highlights): (\d+)$")]
    private static partial Regex CountLine();

    [GeneratedRegex(@"^([a-z][a-z0-9_]*): note changed$")]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"^([a-z][a-z0-9_]*): (\S+) → (\S+)$")]
    private static partial Regex ValueLine();
}
