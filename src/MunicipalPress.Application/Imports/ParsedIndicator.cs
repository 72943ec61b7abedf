namespace MunicipalPress.Application.Imports;

/// <summary>
/// One figure found in the report. <see cref="Start"/> and <see cref="Length"/> locate the number as written
/// (with its group separators and multiplier, e.g. «2,5 тыс.») in <see cref="ParsedReport.Text"/>.
/// <see cref="Qualifier"/> keeps a bound such as «более» or «около»: the value is then not exact.
/// <see cref="PreviousValue"/> is last year's value where the report gives it beside this year's (a table with a
/// column per year).
/// </summary>
public sealed record ParsedIndicator(
    decimal Value,
    string Label,
    string? Code,
    string SourceText,
    int Start,
    int Length,
    string? Qualifier,
    decimal? PreviousValue = null);
