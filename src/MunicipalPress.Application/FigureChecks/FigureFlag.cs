namespace MunicipalPress.Application.FigureChecks;

/// <summary>
/// One finding of the figure checks, with the numbers on both sides so a page can say "text says 2 982, table says
/// 2 900". <see cref="Key"/> identifies it for "mark as intended": it holds the numbers, so a changed figure is a
/// new flag. <see cref="AchievementIndex"/>, <see cref="Start"/> and <see cref="Length"/> locate the figure or the
/// stated change in that achievement's text (null for the table-only checks). <see cref="SuggestedValue"/> is the
/// value the form can put into the table (the text's figure). <see cref="Expected"/> is what the flagged side
/// should be by the other: the real factor or percentage for a stated change, the region's range bound, the last
/// year's value times the factor.
/// </summary>
public sealed record FigureFlag(
    string Key,
    FigureFlagKind Kind,
    string IndicatorCode,
    decimal? TextValue,
    decimal? TableValue,
    decimal? LastYearValue,
    ChangeClaimKind? ClaimKind,
    decimal? Stated,
    decimal? Expected,
    decimal? SuggestedValue,
    IReadOnlyList<string> Actions,
    int? AchievementIndex,
    int? Start,
    int? Length,
    string? SourceText,
    string Message,
    bool IsAcknowledged)
{
    /// <summary>Plausibility findings are "check" warnings; the others say the figures contradict each other.</summary>
    public bool IsPlausibilityCheck => Kind is FigureFlagKind.Jump or FigureFlagKind.OutsideRegionRange;
}
