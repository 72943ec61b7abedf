namespace MunicipalPress.Domain.Indicators;

public enum IndicatorKind
{
    /// <summary>A whole number of things: press releases, subscribers.</summary>
    Count,

    /// <summary>Any number, such as an average reach.</summary>
    Decimal,

    /// <summary>A share from 0 to 100.</summary>
    Percent,
}
