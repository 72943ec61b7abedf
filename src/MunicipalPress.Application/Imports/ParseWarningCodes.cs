namespace MunicipalPress.Application.Imports;

/// <summary>
/// The stable names of what the parser can warn about. The English text of a warning may be reworded; these
/// never change, so the UI can show each warning in the reader's language (resource key <c>Warning_&lt;Code&gt;</c>).
/// </summary>
public static class ParseWarningCodes
{
    /// <summary>Argument: the encoding the text was read as.</summary>
    public const string NotUtf8 = "NotUtf8";

    /// <summary>Argument: the number of characters read.</summary>
    public const string TooLong = "TooLong";

    public const string UndecodableBytes = "UndecodableBytes";

    public const string Empty = "Empty";

    public const string LanguageUnknown = "LanguageUnknown";

    /// <summary>Argument: the title of the section, shortened.</summary>
    public const string SectionNotImported = "SectionNotImported";

    public const string MunicipalityNotFound = "MunicipalityNotFound";

    /// <summary>Arguments: the name read, the council adjective it was derived from.</summary>
    public const string MunicipalityDerived = "MunicipalityDerived";

    /// <summary>Arguments: the assumed reporting year, the year of the tasks.</summary>
    public const string YearAssumedFromPlan = "YearAssumedFromPlan";

    public const string YearNotFound = "YearNotFound";

    public const string FreeForm = "FreeForm";

    public const string NoTasksSection = "NoTasksSection";

    public const string TasksHeadingWithoutYear = "TasksHeadingWithoutYear";

    /// <summary>Argument: the number of figures kept.</summary>
    public const string TooManyFigures = "TooManyFigures";

    /// <summary>Arguments: the number of reports in the text, the city of the first one.</summary>
    public const string SeveralReports = "SeveralReports";
}
