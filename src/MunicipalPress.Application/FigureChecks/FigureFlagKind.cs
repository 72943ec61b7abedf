namespace MunicipalPress.Application.FigureChecks;

/// <summary>
/// What a figure check found. None of them blocks a submission: the first three say the report contradicts itself
/// or last year, the last two only that a value is unusual and worth a look ("check").
/// </summary>
public enum FigureFlagKind
{
    /// <summary>The text states a figure for an indicator whose table value differs.</summary>
    Disagreement,

    /// <summary>The text states a figure for an indicator that has no value in the table.</summary>
    MissingValue,

    /// <summary>A stated change («в два раза», «на 33 %», «с 3000 до 6000», «выросло до …») that last year's approved value does not support.</summary>
    ChangeClaim,

    /// <summary>The value moved by more than the configured factor against last year's approved value.</summary>
    Jump,

    /// <summary>The value per 10,000 residents lies outside the usual range of the region's other cities.</summary>
    OutsideRegionRange,
}
