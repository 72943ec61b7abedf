namespace MunicipalPress.Application.FigureChecks;

/// <summary>The shapes of a stated change the checks understand.</summary>
public enum ChangeClaimKind
{
    /// <summary>«в два раза», «втрое», «у два рази», «в 1,5 раза меньше»: <see cref="ChangeClaim.Stated"/> is the factor (below 1 for a fall).</summary>
    Ratio,

    /// <summary>«на 33 %», «рост составил 13 %»: <see cref="ChangeClaim.Stated"/> is the change in percent (negative for a fall).</summary>
    Percent,

    /// <summary>«с 3000 до 6000», «з 3000 до 6000»: <see cref="ChangeClaim.Stated"/> is the starting value, i.e. last year's.</summary>
    FromTo,

    /// <summary>«выросло до 2281», «зросла до …», «сократилось до …»: a rise (Stated 1) or a fall (Stated -1) to this year's figure.</summary>
    RoseTo,
}
