namespace MunicipalPress.Application.FigureChecks;

/// <summary>What the form can offer on a flag.</summary>
public static class FigureFlagActions
{
    /// <summary>Put the text's figure (<see cref="FigureFlag.SuggestedValue"/>) into the table in place of the value there.</summary>
    public const string TakeTextValue = nameof(TakeTextValue);

    /// <summary>Fill the empty table value with the text's figure (<see cref="FigureFlag.SuggestedValue"/>).</summary>
    public const string FillValue = nameof(FillValue);

    /// <summary>Keep both as they are: the flag is acknowledged and stops being open.</summary>
    public const string MarkIntended = nameof(MarkIntended);
}
