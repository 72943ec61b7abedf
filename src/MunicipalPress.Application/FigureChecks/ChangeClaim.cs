namespace MunicipalPress.Application.FigureChecks;

/// <summary>
/// A change stated in one sentence of an achievement. <see cref="Code"/> is the indicator it is about (from the
/// figure it goes with, or the sentence's words); <see cref="Current"/> is this year's figure the sentence gives,
/// null when it gives none and the table's value stands for it.
/// </summary>
public sealed record ChangeClaim(
    ChangeClaimKind Kind,
    string Code,
    decimal Stated,
    decimal? Current,
    string Written,
    int AchievementIndex,
    int Start,
    int Length,
    string SourceText);
