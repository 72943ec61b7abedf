namespace MunicipalPress.Application.Digests;

/// <summary>A figure of the city's year beside last year's (null when last year's report has none or does not count).</summary>
public sealed record DigestIndicatorRow(string Code, string Name, string Unit, decimal Value, decimal? PreviousValue)
{
    public decimal? Change => PreviousValue is { } previous ? Value - previous : null;

    public decimal? ChangePercent => PreviousValue is { } previous && previous != 0
        ? Math.Round((Value - previous) / previous * 100m, 1)
        : null;
}
