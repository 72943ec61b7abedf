using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>The form's content into the browser's copy (<see cref="LocalDraft"/>) and back.</summary>
public static class LocalDraftMapping
{
    public static LocalDraft ToLocalDraft(ReportFormModel model, int reportId, uint baseVersion, bool dirty) => new(
        reportId,
        baseVersion,
        dirty,
        model.Achievements.Select(a => new AchievementEntry { Key = a.Key, Id = a.Id, Direction = a.Direction, Text = a.Text }).ToList(),
        model.PlannedTasks.Select(t => new PlannedTaskEntry { Key = t.Key, Id = t.Id, Direction = t.Direction, Text = t.Text }).ToList(),
        model.Indicators.Select(i => new LocalIndicatorValue(i.Indicator.Id, i.Input, i.Note)).ToList(),
        model.PeerHighlights.Select(h => new PeerHighlightEntry { Key = h.Key, Id = h.Id, MunicipalityId = h.MunicipalityId, Text = h.Text }).ToList(),
        model.PreviousTasks.Select(o => new LocalTaskOutcome(o.TaskId, o.Outcome, o.Comment)).ToList(),
        model.Fields());

    /// <summary>
    /// Replaces the model's content with the browser's copy, then applies what was typed that the server never saw.
    /// Ids the server no longer knows are dropped (those entries are saved as new).
    /// </summary>
    public static void Restore(ReportFormModel model, LocalDraft draft, ReportDto current)
    {
        model.Achievements.Clear();
        model.Achievements.AddRange(draft.Achievements.Select(a => new AchievementEntry { Key = a.Key, Id = a.Id, Direction = a.Direction, Text = a.Text }));
        model.PlannedTasks.Clear();
        model.PlannedTasks.AddRange(draft.PlannedTasks.Select(t => new PlannedTaskEntry { Key = t.Key, Id = t.Id, Direction = t.Direction, Text = t.Text }));
        model.PeerHighlights.Clear();
        model.PeerHighlights.AddRange(draft.PeerHighlights.Select(h => new PeerHighlightEntry { Key = h.Key, Id = h.Id, MunicipalityId = h.MunicipalityId, Text = h.Text }));

        var indicators = draft.Indicators.ToDictionary(i => i.IndicatorId);
        foreach (var entry in model.Indicators)
        {
            if (indicators.TryGetValue(entry.Indicator.Id, out var local))
            {
                entry.Input = local.Input;
                entry.Note = local.Note;
            }
        }

        var outcomes = draft.Outcomes.ToDictionary(o => o.TaskId);
        foreach (var entry in model.PreviousTasks)
        {
            if (outcomes.TryGetValue(entry.TaskId, out var local))
            {
                entry.Outcome = local.Outcome ?? entry.Outcome;
                entry.Comment = local.Comment;
            }
        }

        foreach (var (key, typed) in draft.Overlay ?? new Dictionary<string, LocalOverlayValue>())
        {
            model.ApplyField(key, typed.V);
        }

        model.ForgetIdsNotIn(current);
    }
}
