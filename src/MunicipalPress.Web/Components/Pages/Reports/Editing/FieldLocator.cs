using System.Globalization;
using System.Text.RegularExpressions;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>
/// Finds the form field an error's path names. Save errors use request paths (<c>achievements[2].text</c>:
/// the third entry sent, which is not always the third in the form, so the batch maps it back); submission
/// errors name the section (<c>achievements</c>) or an indicator's code.
/// </summary>
public static partial class FieldLocator
{
    public static FieldTarget? Locate(string path, ReportFormModel model, SaveBatch? batch)
    {
        if (path == "achievements")
        {
            return new FieldTarget(ReportTab.Achievements, FieldKeys.AddAchievement);
        }

        if (path == "plannedTasks")
        {
            return new FieldTarget(ReportTab.PlannedTasks, FieldKeys.AddPlannedTask);
        }

        if (path == "peerHighlights")
        {
            return new FieldTarget(ReportTab.PeerHighlights, FieldKeys.AddPeerHighlight);
        }

        var match = IndexedPath().Match(path);
        if (!match.Success)
        {
            var byCode = model.Indicators.FirstOrDefault(i => i.Indicator.Code == path);
            return byCode is null
                ? null
                : new FieldTarget(ReportTab.Indicators, FieldKeys.ElementId(FieldKeys.IndicatorValue(byCode.Indicator.Id)), Name: byCode.Indicator.Code);
        }

        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        var field = match.Groups["field"].Value;
        switch (match.Groups["list"].Value)
        {
            case "achievements":
                var achievement = Pick(batch?.Achievements, model.Achievements, index);
                return achievement is null
                    ? new FieldTarget(ReportTab.Achievements, FieldKeys.AddAchievement)
                    : new FieldTarget(
                        ReportTab.Achievements,
                        FieldKeys.ElementId(field == "direction" ? FieldKeys.AchievementDirection(achievement.Key) : FieldKeys.AchievementText(achievement.Key)),
                        model.Achievements.IndexOf(achievement) + 1);
            case "plannedTasks":
                var task = Pick(batch?.PlannedTasks, model.PlannedTasks, index);
                return task is null
                    ? new FieldTarget(ReportTab.PlannedTasks, FieldKeys.AddPlannedTask)
                    : new FieldTarget(
                        ReportTab.PlannedTasks,
                        FieldKeys.ElementId(field == "direction" ? FieldKeys.PlannedTaskDirection(task.Key) : FieldKeys.PlannedTaskText(task.Key)),
                        model.PlannedTasks.IndexOf(task) + 1);
            case "peerHighlights":
                var highlight = Pick(batch?.PeerHighlights, model.PeerHighlights, index);
                return highlight is null
                    ? new FieldTarget(ReportTab.PeerHighlights, FieldKeys.AddPeerHighlight)
                    : new FieldTarget(
                        ReportTab.PeerHighlights,
                        FieldKeys.ElementId(field == "text" ? FieldKeys.PeerHighlightText(highlight.Key) : FieldKeys.PeerHighlightCity(highlight.Key)),
                        model.PeerHighlights.IndexOf(highlight) + 1);
            case "indicatorValues":
                var indicator = Pick(batch?.Indicators, model.Indicators, index);
                return indicator is null
                    ? null
                    : new FieldTarget(
                        ReportTab.Indicators,
                        FieldKeys.ElementId(field == "note" ? FieldKeys.IndicatorNote(indicator.Indicator.Id) : FieldKeys.IndicatorValue(indicator.Indicator.Id)),
                        Name: indicator.Indicator.Code);
            case "previousTaskOutcomes":
                var outcome = batch is not null && index < batch.Outcomes.Count ? batch.Outcomes[index] : null;
                return outcome is null
                    ? null
                    : new FieldTarget(
                        ReportTab.PreviousTasks,
                        FieldKeys.ElementId(FieldKeys.OutcomeComment(outcome.TaskId)),
                        model.PreviousTasks.IndexOf(outcome) + 1);
            default:
                return null;
        }
    }

    private static T? Pick<T>(IReadOnlyList<T>? sent, IReadOnlyList<T> all, int index)
        where T : class
    {
        var list = sent ?? all;
        return index >= 0 && index < list.Count ? list[index] : null;
    }

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)\[(?<index>\d+)\]\.(?<field>[A-Za-z]+)$")]
    private static partial Regex IndexedPath();
}
