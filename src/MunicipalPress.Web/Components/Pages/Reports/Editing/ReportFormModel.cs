using System.Globalization;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// What the report form edits: the entries as typed, in order, including ones that cannot be saved yet
/// (blank new entries, values that break their rules). <see cref="BuildSave"/> turns it into the whole-content
/// request the service takes; <see cref="Accept"/> records what a successful save stored.
/// </summary>
public sealed class ReportFormModel
{
    private ReportFormModel(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public List<AchievementEntry> Achievements { get; } = [];

    public List<PlannedTaskEntry> PlannedTasks { get; } = [];

    /// <summary>The active catalogue, plus any value the report holds for an indicator retired since (kept as it is).</summary>
    public List<IndicatorEntry> Indicators { get; } = [];

    public List<PeerHighlightEntry> PeerHighlights { get; } = [];

    /// <summary>Last year's planned tasks, to be marked done / partly / not done / carried over.</summary>
    public List<TaskOutcomeEntry> PreviousTasks { get; } = [];

    public static ReportFormModel From(
        ReportDto report,
        ReportDto? previous,
        IReadOnlyList<IndicatorDto> catalogue,
        CultureInfo culture)
    {
        var model = new ReportFormModel(culture);
        model.Achievements.AddRange(report.Achievements.Select(a => new AchievementEntry
        {
            Key = "s" + a.Id.ToString(CultureInfo.InvariantCulture),
            Id = a.Id,
            Direction = a.Direction,
            Text = a.Text,
        }));
        model.PlannedTasks.AddRange(report.PlannedTasks.Select(t => new PlannedTaskEntry
        {
            Key = "s" + t.Id.ToString(CultureInfo.InvariantCulture),
            Id = t.Id,
            Direction = t.Direction,
            Text = t.Text,
        }));
        model.PeerHighlights.AddRange(report.PeerHighlights.Select(h => new PeerHighlightEntry
        {
            Key = "s" + h.Id.ToString(CultureInfo.InvariantCulture),
            Id = h.Id,
            MunicipalityId = h.MentionedMunicipalityId,
            Text = h.Text,
        }));

        var values = report.IndicatorValues.ToDictionary(v => v.IndicatorId);
        var lastYear = previous?.IndicatorValues.ToDictionary(v => v.IndicatorId, v => v.Value) ?? [];
        foreach (var indicator in catalogue
                     .Where(i => i.IsActive || values.ContainsKey(i.Id))
                     .OrderBy(i => i.SortOrder)
                     .ThenBy(i => i.Code, StringComparer.Ordinal))
        {
            var value = values.GetValueOrDefault(indicator.Id);
            model.Indicators.Add(new IndicatorEntry
            {
                Indicator = indicator,
                Input = value is null ? string.Empty : IndicatorInput.ForEditing(value.Value, culture),
                Note = value?.Note,
                SavedValue = value?.Value,
                LastYearValue = lastYear.TryGetValue(indicator.Id, out var before) ? before : null,
            });
        }

        model.PreviousTasks.AddRange((previous?.PlannedTasks ?? []).Select(t => new TaskOutcomeEntry
        {
            TaskId = t.Id,
            TaskText = t.Text,
            TaskDirection = t.Direction,
            Outcome = t.Outcome,
            Comment = t.OutcomeComment,
        }));
        return model;
    }

    public AchievementEntry AddAchievement(string? direction = null)
    {
        var entry = new AchievementEntry { Key = NewKey(), Direction = direction };
        Achievements.Add(entry);
        return entry;
    }

    public PlannedTaskEntry AddPlannedTask()
    {
        var entry = new PlannedTaskEntry { Key = NewKey() };
        PlannedTasks.Add(entry);
        return entry;
    }

    public PeerHighlightEntry AddPeerHighlight()
    {
        var entry = new PeerHighlightEntry { Key = NewKey() };
        PeerHighlights.Add(entry);
        return entry;
    }

    /// <summary>Moves an entry up (-1) or down (+1); false when it is already at that end.</summary>
    public static bool Move<T>(List<T> entries, T entry, int delta)
    {
        var index = entries.IndexOf(entry);
        var target = index + delta;
        if (index < 0 || target < 0 || target >= entries.Count)
        {
            return false;
        }

        entries.RemoveAt(index);
        entries.Insert(target, entry);
        return true;
    }

    /// <summary>
    /// The whole content to send. Entries without text stay behind, and so does a value that is not valid: the
    /// request then carries the value stored before, so a typo never deletes a figure.
    /// </summary>
    public SaveBatch BuildSave()
    {
        var heldBack = 0;
        var achievements = Achievements.Where(a => a.IsSendable).ToList();
        var tasks = PlannedTasks.Where(t => t.IsSendable).ToList();
        var highlights = PeerHighlights.Where(h => h.IsSendable).ToList();
        heldBack += Achievements.Count - achievements.Count + PlannedTasks.Count - tasks.Count + PeerHighlights.Count - highlights.Count;

        var indicators = new List<IndicatorEntry>();
        var values = new List<IndicatorValueInput>();
        foreach (var entry in Indicators)
        {
            var value = entry.Evaluate(Culture, out var problem);
            if (problem is not null)
            {
                heldBack++;
                value = entry.SavedValue;
            }

            if (value is { } v)
            {
                indicators.Add(entry);
                values.Add(new IndicatorValueInput(entry.Indicator.Id, v, Blank(entry.Note)));
            }
        }

        var outcomes = PreviousTasks.Where(t => t.Outcome is not null).ToList();
        var request = new SaveReportRequest(
            achievements.Select(a => new AchievementInput(a.Id, Blank(a.Direction), a.Text)).ToList(),
            tasks.Select(t => new PlannedTaskInput(t.Id, t.Text, Blank(t.Direction))).ToList(),
            values,
            highlights.Select(h => new PeerHighlightInput(h.Id, h.MunicipalityId!.Value, h.Text)).ToList(),
            outcomes.Select(t => new TaskOutcomeInput(t.TaskId, t.Outcome!.Value, Blank(t.Comment))).ToList());
        return new SaveBatch(request, achievements, tasks, indicators, highlights, outcomes, heldBack);
    }

    /// <summary>
    /// After a successful save: sent entries take the ids the server gave them (lists come back in the order
    /// sent); entries that were not sent no longer exist on the server, so they lose their ids.
    /// </summary>
    public void Accept(SaveBatch batch, ReportDto saved)
    {
        AssignIds(Achievements, batch.Achievements, saved.Achievements.Select(a => a.Id).ToList(), (e, id) => e.Id = id, e => e.Id = null);
        AssignIds(PlannedTasks, batch.PlannedTasks, saved.PlannedTasks.Select(t => t.Id).ToList(), (e, id) => e.Id = id, e => e.Id = null);
        AssignIds(PeerHighlights, batch.PeerHighlights, saved.PeerHighlights.Select(h => h.Id).ToList(), (e, id) => e.Id = id, e => e.Id = null);

        var stored = saved.IndicatorValues.ToDictionary(v => v.IndicatorId, v => v.Value);
        foreach (var entry in Indicators)
        {
            entry.SavedValue = stored.TryGetValue(entry.Indicator.Id, out var value) ? value : null;
        }
    }

    /// <summary>Before saving over someone else's version: ids of entries they removed would be refused, so those entries become new.</summary>
    public void ForgetIdsNotIn(ReportDto current)
    {
        var achievements = current.Achievements.Select(a => a.Id).ToHashSet();
        var tasks = current.PlannedTasks.Select(t => t.Id).ToHashSet();
        var highlights = current.PeerHighlights.Select(h => h.Id).ToHashSet();
        Achievements.Where(a => a.Id is { } id && !achievements.Contains(id)).ToList().ForEach(a => a.Id = null);
        PlannedTasks.Where(t => t.Id is { } id && !tasks.Contains(id)).ToList().ForEach(t => t.Id = null);
        PeerHighlights.Where(h => h.Id is { } id && !highlights.Contains(id)).ToList().ForEach(h => h.Id = null);
    }

    /// <summary>Every text field by its key, as the browser's copy compares what was typed with what the server has.</summary>
    public Dictionary<string, string> Fields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in Achievements)
        {
            fields[FieldKeys.AchievementText(a.Key)] = a.Text;
            fields[FieldKeys.AchievementDirection(a.Key)] = a.Direction ?? string.Empty;
        }

        foreach (var t in PlannedTasks)
        {
            fields[FieldKeys.PlannedTaskText(t.Key)] = t.Text;
            fields[FieldKeys.PlannedTaskDirection(t.Key)] = t.Direction ?? string.Empty;
        }

        foreach (var i in Indicators)
        {
            fields[FieldKeys.IndicatorValue(i.Indicator.Id)] = i.Input;
            fields[FieldKeys.IndicatorNote(i.Indicator.Id)] = i.Note ?? string.Empty;
        }

        foreach (var h in PeerHighlights)
        {
            fields[FieldKeys.PeerHighlightText(h.Key)] = h.Text;
        }

        foreach (var o in PreviousTasks)
        {
            fields[FieldKeys.OutcomeComment(o.TaskId)] = o.Comment ?? string.Empty;
        }

        return fields;
    }

    /// <summary>Sets one text field by its key; a key of an entry the form does not have yet adds that entry.</summary>
    public bool ApplyField(string fieldKey, string value)
    {
        var parts = fieldKey.Split(':');
        if (parts.Length != 3)
        {
            return false;
        }

        var (kind, key, field) = (parts[0], parts[1], parts[2]);
        switch (kind, field)
        {
            case ("a", "text" or "direction"):
                var achievement = Achievements.FirstOrDefault(a => a.Key == key);
                if (achievement is null)
                {
                    achievement = new AchievementEntry { Key = key };
                    Achievements.Add(achievement);
                }

                if (field == "text")
                {
                    achievement.Text = value;
                }
                else
                {
                    achievement.Direction = value;
                }

                return true;
            case ("t", "text" or "direction"):
                var task = PlannedTasks.FirstOrDefault(t => t.Key == key);
                if (task is null)
                {
                    task = new PlannedTaskEntry { Key = key };
                    PlannedTasks.Add(task);
                }

                if (field == "text")
                {
                    task.Text = value;
                }
                else
                {
                    task.Direction = value;
                }

                return true;
            case ("h", "text"):
                var highlight = PeerHighlights.FirstOrDefault(h => h.Key == key);
                if (highlight is null)
                {
                    highlight = new PeerHighlightEntry { Key = key };
                    PeerHighlights.Add(highlight);
                }

                highlight.Text = value;
                return true;
            case ("i", "value" or "note"):
                var indicator = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var indicatorId)
                    ? Indicators.FirstOrDefault(i => i.Indicator.Id == indicatorId)
                    : null;
                if (indicator is null)
                {
                    return false;
                }

                if (field == "value")
                {
                    indicator.Input = value;
                }
                else
                {
                    indicator.Note = value;
                }

                return true;
            case ("o", "comment"):
                var outcome = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var taskId)
                    ? PreviousTasks.FirstOrDefault(o => o.TaskId == taskId)
                    : null;
                if (outcome is null)
                {
                    return false;
                }

                outcome.Comment = value;
                return true;
            default:
                return false;
        }
    }

    private static void AssignIds<T>(
        List<T> all,
        IReadOnlyList<T> sent,
        IReadOnlyList<int> storedIds,
        Action<T, int> setId,
        Action<T> clearId)
        where T : class
    {
        var sentSet = new HashSet<T>(sent, ReferenceEqualityComparer.Instance);
        foreach (var entry in all.Where(e => !sentSet.Contains(e)))
        {
            clearId(entry);
        }

        for (var i = 0; i < sent.Count && i < storedIds.Count; i++)
        {
            setId(sent[i], storedIds[i]);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string NewKey() => "n" + Guid.NewGuid().ToString("N")[..10];
}
