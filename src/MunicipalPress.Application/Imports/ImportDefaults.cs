using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// What a parse becomes when nobody corrects it (the Cli) and what the page proposes before the user does:
/// every achievement and task, and the figures that matched an indicator with a valid value, the first one
/// per indicator (a report repeats its headline figures). The figure's sentence becomes its note.
/// </summary>
public static class ImportDefaults
{
    /// <summary>Indexes into <paramref name="figures"/> of the figures accepted by default.</summary>
    public static IReadOnlySet<int> AcceptedFigures(IReadOnlyList<ImportPreviewIndicatorDto> figures)
    {
        var accepted = new HashSet<int>();
        var indicators = new HashSet<int>();
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i] is { IndicatorId: { } id, ValueProblem: null } && indicators.Add(id))
            {
                accepted.Add(i);
            }
        }

        return accepted;
    }

    public static ImportRequest ToRequest(ImportPreviewDto preview, int municipalityId, int year, bool replaceExistingContent = false)
    {
        var accepted = AcceptedFigures(preview.Indicators);
        return new ImportRequest
        {
            MunicipalityId = municipalityId,
            Year = year,
            Achievements = preview.Achievements.Select(a => new ImportAchievement(a.Direction, a.Text)).ToList(),
            PlannedTasks = preview.PlannedTasks.Select(t => new ImportPlannedTask(t.Text)).ToList(),
            Indicators = preview.Indicators
                .Where((_, i) => accepted.Contains(i))
                .Select(f => new ImportIndicatorValue(f.Code, f.IndicatorId, f.Value, Note(f.SourceText)))
                .ToList(),
            ReplaceExistingContent = replaceExistingContent,
        };
    }

    /// <summary>The figure's sentence, shortened to what a note holds.</summary>
    public static string? Note(string? sourceText)
    {
        var text = sourceText?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length <= IndicatorValue.NoteMaxLength ? text : text[..(IndicatorValue.NoteMaxLength - 1)].TrimEnd() + "…";
    }
}
