namespace MunicipalPress.Application.Imports;

/// <summary>
/// The parse of a report (the shape of <c>import parse --json</c>) plus what a page needs to let a person check
/// it: the normalised <see cref="Text"/> the figures' offsets refer to, the matched indicator of each figure and
/// the municipality the name was matched to. <see cref="Municipality"/> is the catalogue's name when one matched
/// (<see cref="NameInText"/> keeps the parser's reading); for a name the catalogue lacks, or shares,
/// <see cref="MunicipalityCandidates"/> lists the closest names to choose from. <see cref="Warnings"/> keeps the contract's array of English
/// messages; <see cref="WarningDetails"/> carries the same warnings with their codes, for the page to translate.
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
    IReadOnlyList<ParseWarning> WarningDetails,
    string Text,
    string SourceEncoding)
{
    /// <summary>The municipality's name as the parser read it from the text (nominative), before the catalogue.</summary>
    public string NameInText { get; init; } = Municipality;

    public IReadOnlyList<MunicipalityCandidateDto> MunicipalityCandidates { get; init; } = [];

    /// <summary>The English messages: the <c>warnings</c> array of strings that API clients already read.</summary>
    public IReadOnlyList<string> Warnings => WarningDetails.Select(w => w.Message).ToList();
}
