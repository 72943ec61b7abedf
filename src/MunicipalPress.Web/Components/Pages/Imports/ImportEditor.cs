using System.Globalization;
using System.Text.RegularExpressions;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Web.Components.Pages.Imports;

/// <summary>
/// The state of one report being checked on the import page: where it goes, which figures are accepted and
/// under which indicator, the achievements and tasks as edited. Starts from <see cref="ImportDefaults"/>, the
/// same proposal the Cli applies unattended. Plain class, so its rules are tested without a browser.
/// </summary>
public sealed partial class ImportEditor
{
    public ImportEditor(string sourceName, ImportPreviewDto preview, int? fixedMunicipalityId)
    {
        SourceName = sourceName;
        Preview = preview;
        var accepted = ImportDefaults.AcceptedFigures(preview.Indicators);
        Figures = preview.Indicators.Select((f, i) => new ImportFigureRow(f, accepted.Contains(i))).ToList();
        Achievements = preview.Achievements.Select(a => new ImportTextRow(a.Direction, a.Text)).ToList();
        Tasks = preview.PlannedTasks.Select(t => new ImportTextRow(null, t.Text)).ToList();
        MunicipalityId = fixedMunicipalityId ?? preview.MunicipalityId;
        Year = preview.Year;
        Runs = SourceRuns.Split(preview.Text, preview.Indicators.Select(f => (f.Start, f.Length)).ToList());
    }

    /// <summary>The file name, or a label for pasted text.</summary>
    public string SourceName { get; }

    public ImportPreviewDto Preview { get; }

    public IReadOnlyList<SourceRun> Runs { get; }

    public int? MunicipalityId { get; set; }

    public int? Year { get; set; }

    public bool ReplaceExistingContent { get; set; }

    public List<ImportFigureRow> Figures { get; }

    public List<ImportTextRow> Achievements { get; }

    public List<ImportTextRow> Tasks { get; }

    /// <summary>Messages of the last failed attempt that belong to no figure.</summary>
    public List<string> Errors { get; } = [];

    public int AcceptedCount => Figures.Count(f => f.Accepted);

    /// <summary>Indicators that more than one accepted figure is mapped to: a report holds one value per indicator.</summary>
    public IReadOnlySet<int> DuplicateIndicators =>
        Figures.Where(f => f.Accepted && f.IndicatorId is not null)
            .GroupBy(f => f.IndicatorId!.Value)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet();

    /// <summary>Accepted figures with no indicator chosen yet.</summary>
    public bool HasUnmappedAccepted => Figures.Any(f => f.Accepted && f.IndicatorId is null);

    public bool IsReady => MunicipalityId is not null && Year is not null && DuplicateIndicators.Count == 0 && !HasUnmappedAccepted;

    /// <summary>The confirmed parse. Rejected figures are left out; emptied achievements and tasks count as removed.</summary>
    public ImportRequest ToRequest() => new()
    {
        MunicipalityId = MunicipalityId ?? 0,
        Year = Year ?? 0,
        Achievements = Achievements.Where(a => !a.IsBlank).Select(a => new ImportAchievement(Blank(a.Direction), a.Text.Trim())).ToList(),
        PlannedTasks = Tasks.Where(t => !t.IsBlank).Select(t => new ImportPlannedTask(t.Text.Trim())).ToList(),
        Indicators = AcceptedFigures()
            .Select(f => new ImportIndicatorValue(null, f.IndicatorId, f.Value, ImportDefaults.Note(f.Figure.SourceText)))
            .ToList(),
        ReplaceExistingContent = ReplaceExistingContent,
    };

    /// <summary>Puts the errors of a refused import next to the figures they are about; the rest goes to <see cref="Errors"/>.</summary>
    public void ShowErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        ClearErrors();
        var accepted = AcceptedFigures();
        foreach (var (field, messages) in errors)
        {
            var match = FigureField().Match(field);
            if (match.Success && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var index && index < accepted.Count)
            {
                accepted[index].Error = string.Join(" ", messages);
            }
            else
            {
                Errors.AddRange(messages.Select(m => field.Length == 0 ? m : $"{field}: {m}"));
            }
        }
    }

    public void ClearErrors()
    {
        Errors.Clear();
        foreach (var figure in Figures)
        {
            figure.Error = null;
        }
    }

    private List<ImportFigureRow> AcceptedFigures() => Figures.Where(f => f.Accepted).ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^indicators\[(\d+)\]")]
    private static partial Regex FigureField();
}
