using System.Globalization;

namespace MunicipalPress.Application.Reports;

/// <summary>Plain-language (English, machine-stable) account of the differences between two versions.</summary>
internal static class ReportSnapshotDiff
{
    public static IReadOnlyList<string> Describe(ReportSnapshot? before, ReportSnapshot? after, IReadOnlyDictionary<int, string> codes)
    {
        if (after is null)
        {
            return [];
        }

        if (before is null)
        {
            return [$"achievements: {after.Achievements.Count}", $"planned tasks: {after.PlannedTasks.Count}", $"indicator values: {after.IndicatorValues.Count}"];
        }

        var changes = new List<string>();
        if (before.Status != after.Status)
        {
            changes.Add($"status: {before.Status} → {after.Status}");
        }

        Count(changes, "achievements", before.Achievements.Select(a => (a.Direction, a.Text)).ToList(), after.Achievements.Select(a => (a.Direction, a.Text)).ToList());
        Count(changes, "planned tasks", before.PlannedTasks.Select(t => t.Text).ToList(), after.PlannedTasks.Select(t => t.Text).ToList());
        Count(changes, "peer highlights", before.PeerHighlights.ToList(), after.PeerHighlights.ToList());

        var old = before.IndicatorValues.ToDictionary(v => v.IndicatorId);
        var now = after.IndicatorValues.ToDictionary(v => v.IndicatorId);
        foreach (var id in old.Keys.Union(now.Keys).Order())
        {
            var code = codes.GetValueOrDefault(id, id.ToString(CultureInfo.InvariantCulture));
            var was = old.GetValueOrDefault(id);
            var @is = now.GetValueOrDefault(id);
            if (was?.Value != @is?.Value)
            {
                changes.Add($"{code}: {Format(was?.Value)} → {Format(@is?.Value)}");
            }
            else if (was?.Note != @is?.Note)
            {
                changes.Add($"{code}: note changed");
            }
        }

        return changes;
    }

    private static void Count<T>(List<string> changes, string what, IReadOnlyList<T> before, IReadOnlyList<T> after)
    {
        var added = after.Except(before).Count();
        var removed = before.Except(after).Count();
        if (added > 0 || removed > 0)
        {
            changes.Add($"{what}: +{added} −{removed}");
        }
        else if (!before.SequenceEqual(after))
        {
            changes.Add($"{what}: reordered");
        }
    }

    private static string Format(decimal? value) =>
        value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "—";
}
