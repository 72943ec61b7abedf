using System.Globalization;
using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// What differs between the content a user was about to save and the report as stored now, section by
/// section: entries are matched by id, indicator values by indicator. Shown when a save meets a newer version.
/// The version the user started from (<c>basis</c>) tells an entry one side added from one the other removed.
/// </summary>
public static class ReportComparer
{
    public static IReadOnlyList<ReportDifference> Compare(
        SaveReportRequest mine,
        ReportDto theirs,
        ReportDto basis,
        Func<int, string> indicatorName,
        Func<int, string> municipalityName,
        CultureInfo culture)
    {
        var differences = new List<ReportDifference>();
        if (theirs.Status is not (Domain.Reports.ReportStatus.Draft or Domain.Reports.ReportStatus.Returned))
        {
            differences.Add(new ReportDifference(ReportSection.Status, DifferenceKind.StatusChanged, null, theirs.Status.ToString(), null, null));
        }

        Entries(
            differences,
            ReportSection.Achievements,
            (mine.Achievements ?? []).Select(a => (a.Id, Title: Blank(a.Direction), Text: a.Text?.Trim() ?? string.Empty)).ToList(),
            theirs.Achievements.Select(a => ((int?)a.Id, Title: Blank(a.Direction), Text: a.Text)).ToList(),
            basis.Achievements.Select(a => a.Id).ToHashSet());
        Entries(
            differences,
            ReportSection.PlannedTasks,
            (mine.PlannedTasks ?? []).Select(t => (t.Id, Title: Blank(t.Direction), Text: t.Text?.Trim() ?? string.Empty)).ToList(),
            theirs.PlannedTasks.Select(t => ((int?)t.Id, Title: Blank(t.Direction), Text: t.Text)).ToList(),
            basis.PlannedTasks.Select(t => t.Id).ToHashSet());

        var myValues = (mine.IndicatorValues ?? []).ToDictionary(v => v.IndicatorId);
        var theirValues = theirs.IndicatorValues.ToDictionary(v => v.IndicatorId);
        var basisValues = basis.IndicatorValues.Select(v => v.IndicatorId).ToHashSet();
        foreach (var id in myValues.Keys.Union(theirValues.Keys).Order())
        {
            var my = myValues.GetValueOrDefault(id);
            var their = theirValues.GetValueOrDefault(id);
            if (my?.Value == their?.Value && Blank(my?.Note) == Blank(their?.Note))
            {
                continue;
            }

            var kind = (my, their) switch
            {
                (null, _) => basisValues.Contains(id) ? DifferenceKind.RemovedByMe : DifferenceKind.AddedByThem,
                (_, null) => basisValues.Contains(id) ? DifferenceKind.RemovedByThem : DifferenceKind.AddedByMe,
                _ => DifferenceKind.Changed,
            };
            differences.Add(new ReportDifference(
                ReportSection.Indicators,
                kind,
                null,
                indicatorName(id),
                my is null ? null : Describe(my.Value, my.Note, culture),
                their is null ? null : Describe(their.Value, their.Note, culture)));
        }

        Entries(
            differences,
            ReportSection.PeerHighlights,
            (mine.PeerHighlights ?? []).Select(h => (h.Id, Title: (string?)municipalityName(h.MentionedMunicipalityId), Text: h.Text?.Trim() ?? string.Empty)).ToList(),
            theirs.PeerHighlights.Select(h => ((int?)h.Id, Title: (string?)h.MentionedMunicipalityName, Text: h.Text)).ToList(),
            basis.PeerHighlights.Select(h => h.Id).ToHashSet());
        return differences;
    }

    private static void Entries(
        List<ReportDifference> differences,
        ReportSection section,
        IReadOnlyList<(int? Id, string? Title, string Text)> mine,
        IReadOnlyList<(int? Id, string? Title, string Text)> theirs,
        IReadOnlySet<int> basis)
    {
        var theirsById = theirs
            .Select((entry, index) => (entry, index))
            .Where(x => x.entry.Id is not null)
            .ToDictionary(x => x.entry.Id!.Value);
        var matched = new HashSet<int>();
        var before = differences.Count;
        for (var i = 0; i < mine.Count; i++)
        {
            var entry = mine[i];
            if (entry.Id is { } id && theirsById.TryGetValue(id, out var their) && matched.Add(id))
            {
                if (entry.Title != their.entry.Title || entry.Text != their.entry.Text)
                {
                    differences.Add(new ReportDifference(
                        section, DifferenceKind.Changed, i + 1, entry.Title ?? their.entry.Title, entry.Text, their.entry.Text));
                }
            }
            else
            {
                // An entry the user started from that the stored version lacks was removed there; one without an id is new.
                var kind = entry.Id is { } known && basis.Contains(known) ? DifferenceKind.RemovedByThem : DifferenceKind.AddedByMe;
                differences.Add(new ReportDifference(section, kind, i + 1, entry.Title, entry.Text, null));
            }
        }

        for (var j = 0; j < theirs.Count; j++)
        {
            if (theirs[j].Id is not { } id || !matched.Contains(id))
            {
                var kind = theirs[j].Id is { } stored && basis.Contains(stored) ? DifferenceKind.RemovedByMe : DifferenceKind.AddedByThem;
                differences.Add(new ReportDifference(section, kind, j + 1, theirs[j].Title, null, theirs[j].Text));
            }
        }

        if (differences.Count == before)
        {
            var myOrder = mine.Select(e => e.Id).ToList();
            var theirOrder = theirs.Select(e => e.Id).ToList();
            if (!myOrder.SequenceEqual(theirOrder))
            {
                differences.Add(new ReportDifference(section, DifferenceKind.Reordered, null, null, null, null));
            }
        }
    }

    private static string Describe(decimal value, string? note, CultureInfo culture)
    {
        var text = value.ToString("#,0.##", culture);
        return Blank(note) is { } n ? $"{text} ({n})" : text;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
