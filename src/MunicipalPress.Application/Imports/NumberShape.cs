namespace MunicipalPress.Application.Imports;

/// <summary>What the characters around the digits make of a number.</summary>
internal enum NumberShape
{
    Count,
    CardinalInflected,
    NotAFigure,
}
