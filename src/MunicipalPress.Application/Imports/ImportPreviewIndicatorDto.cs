namespace MunicipalPress.Application.Imports;

/// <summary>
/// A figure of the parse, with where it stands in <see cref="ImportPreviewDto.Text"/> (<see cref="Start"/>,
/// <see cref="Length"/>), the catalogue indicator its <see cref="Code"/> matched (active indicators only) and,
/// when the value breaks that indicator's rules (a fraction for a count, a share above 100 %), why; last year's
/// value when a table of the report gives it.
/// </summary>
public sealed record ImportPreviewIndicatorDto(
    decimal Value,
    string Label,
    string? Code,
    string SourceText,
    int Start,
    int Length,
    string? Qualifier,
    int? IndicatorId,
    string? ValueProblem,
    decimal? PreviousValue = null);
