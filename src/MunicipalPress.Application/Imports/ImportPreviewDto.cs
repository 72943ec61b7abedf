namespace MunicipalPress.Application.Imports;

/// <summary>
/// The parse of a report (the shape of <c>import parse --json</c>) plus what a page needs to let a person check
/// it: the normalised <see cref="Text"/> the figures' offsets refer to, the matched indicator of each figure and
/// the municipality the name was matched to.
/// </summary>
public sealed record ImportPreviewDto(
    string Municipality,
    int? MunicipalityId,
    MunicipalityMatch MunicipalityMatch,
    int? Year,
    int? PlanYear,
    string Language,
    IReadOnlyList<ParsedAchievement> Achievements,
    IReadOnlyList<ParsedPlannedTask> PlannedTasks,
    IReadOnlyList<ImportPreviewIndicatorDto> Indicators,
    IReadOnlyList<string> Warnings,
    string Text,
    string SourceEncoding);
