namespace MunicipalPress.Application.Imports;

/// <summary>
/// What the parser read from a free-text report. <see cref="Text"/> is the normalised text that the
/// <see cref="ParsedIndicator.Start"/>/<see cref="ParsedIndicator.Length"/> offsets refer to.
/// <see cref="Municipality"/> is empty when no name was found (a warning says so).
/// </summary>
public sealed record ParsedReport(
    string Municipality,
    int? Year,
    int? PlanYear,
    string Language,
    IReadOnlyList<ParsedAchievement> Achievements,
    IReadOnlyList<ParsedPlannedTask> PlannedTasks,
    IReadOnlyList<ParsedIndicator> Indicators,
    IReadOnlyList<ParseWarning> Warnings,
    string Text,
    string SourceEncoding);
