namespace MunicipalPress.Application.Imports;

/// <summary>
/// Reads a yearly report written as free text (the questionnaire's layout, or a free-form report) into a
/// structure a person can check before it becomes a draft. Pure: no database, no files, no clock. Total: any
/// input, however broken, gives a result, with warnings for what could not be read.
/// </summary>
public static class ReportTextParser
{
    /// <summary>Longer texts are cut: a questionnaire answer is a few pages, and the parse must stay interactive.</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>A compilation is longer than one report: the cap applies to each report it holds, and this to the whole.</summary>
    public const int MaxCompilationLength = 20 * MaxTextLength;

    public static ParsedReport Parse(byte[]? data) => Parse(data is null ? ReadOnlySpan<byte>.Empty : data.AsSpan());

    /// <summary>The report in the text; when the text is a compilation, its first report, with a warning that says how many it holds.</summary>
    public static ParsedReport Parse(ReadOnlySpan<byte> data)
    {
        var decoded = ReportTextDecoder.Decode(data);
        return ParseAll(decoded.Text, decoded.EncodingName, firstOnly: true)[0];
    }

    public static ParsedReport Parse(string? text) => ParseAll(text ?? string.Empty, "utf-16", firstOnly: true)[0];

    /// <summary>One parse per report the text holds, in order (one for an ordinary report): <c>import split</c>.</summary>
    public static IReadOnlyList<ParsedReport> ParseAll(ReadOnlySpan<byte> data)
    {
        var decoded = ReportTextDecoder.Decode(data);
        return ParseAll(decoded.Text, decoded.EncodingName, firstOnly: false);
    }

    public static IReadOnlyList<ParsedReport> ParseAll(string? text) => ParseAll(text ?? string.Empty, "utf-16", firstOnly: false);

    private static IReadOnlyList<ParsedReport> ParseAll(string text, string encoding, bool firstOnly)
    {
        var cut = false;
        if (text.Length > MaxCompilationLength)
        {
            text = text[..MaxCompilationLength];
            cut = true;
        }

        var reports = ReportSplitter.Split(ReportTextNormalizer.Normalize(text));
        if (reports.Count == 1)
        {
            return [ParseOne(text.Length > MaxTextLength ? text[..MaxTextLength] : text, encoding, text.Length > MaxTextLength)];
        }

        if (firstOnly)
        {
            var first = ParseOne(reports[0], encoding, reports[0].Length > MaxTextLength);
            var name = first.Municipality.Length > 0 ? first.Municipality : "?";
            return [first with { Warnings = [.. first.Warnings, ParseWarning.SeveralReports(reports.Count, name)] }];
        }

        var parsed = new List<ParsedReport>(reports.Count);
        for (var i = 0; i < reports.Count; i++)
        {
            parsed.Add(ParseOne(reports[i], encoding, reports[i].Length > MaxTextLength || (cut && i == reports.Count - 1)));
        }

        return parsed;
    }

    /// <summary>
    /// The text an <see cref="IReportDocumentReader"/> read from a document; <see cref="ParsedReport.SourceEncoding"/>
    /// then names the format («docx», «pdf», «odt», «rtf», «doc»). A compilation gives its first report, with a warning.
    /// </summary>
    public static ParsedReport ParseDocument(string? text, ReportFileFormat format) =>
        ParseAll(text ?? string.Empty, format.ToString().ToLowerInvariant(), firstOnly: true)[0];

    /// <summary>One parse per report a document's text holds: <c>import split</c> of a .docx or .pdf compilation.</summary>
    public static IReadOnlyList<ParsedReport> ParseAllDocument(string? text, ReportFileFormat format) =>
        ParseAll(text ?? string.Empty, format.ToString().ToLowerInvariant(), firstOnly: false);

    private static ParsedReport ParseOne(string text, string encoding, bool tooLong)
    {
        var warnings = new List<ParseWarning>();
        if (encoding is not ("utf-8" or "utf-16" or "docx" or "pdf" or "odt" or "rtf" or "doc" or "text"))
        {
            warnings.Add(ParseWarning.NotUtf8(encoding));
        }

        if (tooLong)
        {
            text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
            warnings.Add(ParseWarning.TooLong(MaxTextLength));
        }

        var (normalised, tables) = ReportTableReader.Find(ReportTextNormalizer.Normalize(text));
        if (normalised.Contains('\uFFFD'))
        {
            warnings.Add(ParseWarning.UndecodableBytes());
        }

        if (!normalised.Any(char.IsLetterOrDigit))
        {
            warnings.Add(ParseWarning.Empty());
            return new ParsedReport(string.Empty, null, null, ReportLanguages.Russian, [], [], [], warnings, normalised, encoding);
        }

        var (language, recognised) = ReportLanguageDetector.Detect(normalised);
        if (!recognised)
        {
            warnings.Add(ParseWarning.LanguageUnknown());
        }

        var lines = TextLine.Split(normalised);
        if (tables.Count > 0)
        {
            // A year table's rows are figures, not sentences: the rest of the parse sees blank lines in their place.
            lines = lines.Select(l => ReportTableReader.Contains(tables, l.Start) ? new TextLine(l.Start, string.Empty) : l).ToList();
        }

        var structure = ReportStructureReader.Read(lines);
        warnings.AddRange(structure.Warnings);

        var municipality = structure.Header;
        if (municipality is null)
        {
            var (found, warning) = MunicipalityFinder.Find(normalised, language);
            municipality = found;
            if (warning is not null)
            {
                warnings.Add(warning);
            }
        }

        var year = structure.Year ?? ReportStructureReader.MostNamedYear(structure.AchievementLines);
        if (year is null && structure.PlanYear is { } planYear)
        {
            year = planYear - 1;
            warnings.Add(ParseWarning.YearAssumedFromPlan(year.Value, planYear));
        }
        else if (year is null)
        {
            warnings.Add(ParseWarning.YearNotFound());
        }

        if (!structure.HasAchievementsQuestion && !structure.HasTasksHeading)
        {
            warnings.Add(ParseWarning.FreeForm());
        }

        if (!structure.HasTasksHeading)
        {
            warnings.Add(ParseWarning.NoTasksSection());
        }
        else if (structure.PlanYear is null)
        {
            warnings.Add(ParseWarning.TasksHeadingWithoutYear());
        }

        var achievements = AchievementBuilder.Build(structure.AchievementLines);
        var tasks = PlannedTaskSplitter.Split(structure.TaskLines);
        var figures = FigureExtractor.Extract(structure.AchievementLines, year, warnings);
        if (tables.Count > 0)
        {
            // A table's figure goes first: it is the report's own summary of the year; the text's figure of the same
            // indicator stays after it, for the user to choose.
            // A table under the tasks heading holds targets, not this year's figures.
            figures = [.. ReportTableReader.Figures(normalised, tables, structure.TaskLines, year), .. figures];
        }

        return new ParsedReport(municipality, year, structure.PlanYear, language, achievements, tasks, figures, warnings, normalised, encoding);
    }
}
