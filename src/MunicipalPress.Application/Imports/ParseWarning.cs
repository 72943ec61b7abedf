using System.Globalization;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Something the parser could not read as expected. <see cref="Code"/> (one of <see cref="ParseWarningCodes"/>)
/// and <see cref="Arguments"/> let the UI say it in the reader's language; <see cref="Message"/> is the English
/// text that the Cli and the API's <c>warnings</c> array carry. The factories keep the three in step.
/// </summary>
public sealed record ParseWarning(string Code, IReadOnlyList<string> Arguments, string Message)
{
    public static ParseWarning NotUtf8(string encoding) =>
        new(ParseWarningCodes.NotUtf8, [encoding], $"The text is not UTF-8; it was read as {encoding}.");

    public static ParseWarning TooLong(int limit) =>
        new(ParseWarningCodes.TooLong, [Number(limit)], $"The text is longer than {Number(limit)} characters: only the beginning was read.");

    public static ParseWarning UndecodableBytes() =>
        new(ParseWarningCodes.UndecodableBytes, [], "Some bytes could not be decoded and show as «\uFFFD».");

    public static ParseWarning Empty() => new(ParseWarningCodes.Empty, [], "The text is empty.");

    public static ParseWarning LanguageUnknown() =>
        new(ParseWarningCodes.LanguageUnknown, [], "The language could not be recognised; Russian is assumed.");

    public static ParseWarning SectionNotImported(string title) =>
        new(ParseWarningCodes.SectionNotImported, [title], $"The section «{title}» (colleagues' experience) was not imported.");

    public static ParseWarning MunicipalityNotFound() =>
        new(ParseWarningCodes.MunicipalityNotFound, [], "Municipality not found: enter it by hand.");

    public static ParseWarning MunicipalityDerived(string name, string derivedFrom) =>
        new(ParseWarningCodes.MunicipalityDerived, [name, derivedFrom], $"Municipality «{name}» was derived from «{derivedFrom}»: check the name.");

    public static ParseWarning YearAssumedFromPlan(int year, int planYear) =>
        new(
            ParseWarningCodes.YearAssumedFromPlan,
            [Number(year), Number(planYear)],
            $"The reporting year was not stated; {Number(year)} is assumed from the tasks for {Number(planYear)}.");

    public static ParseWarning YearNotFound() => new(ParseWarningCodes.YearNotFound, [], "The reporting year was not found.");

    public static ParseWarning FreeForm() =>
        new(ParseWarningCodes.FreeForm, [], "No questionnaire headings found: the text was read as a free-form report.");

    public static ParseWarning NoTasksSection() =>
        new(ParseWarningCodes.NoTasksSection, [], "No section with next year's tasks was found.");

    public static ParseWarning TasksHeadingWithoutYear() =>
        new(ParseWarningCodes.TasksHeadingWithoutYear, [], "The tasks heading names no year.");

    public static ParseWarning TooManyFigures(int limit) =>
        new(ParseWarningCodes.TooManyFigures, [Number(limit)], $"More than {Number(limit)} figures: only the first {Number(limit)} were kept.");

    public static ParseWarning SeveralReports(int count, string first) =>
        new(
            ParseWarningCodes.SeveralReports,
            [Number(count), first],
            $"The text holds {Number(count)} reports (a compilation): only the first, {first}, was read. Split it into one draft per city (import split, POST /api/v1/imports/split, or the import page).");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
