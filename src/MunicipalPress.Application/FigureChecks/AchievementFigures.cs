using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.FigureChecks;

/// <summary>
/// One achievement read the way the importer reads a report: the same normalisation and the same
/// <see cref="FigureExtractor"/>, so the form and the import agree on what a figure is and which indicator it counts.
/// Offsets refer to <see cref="Text"/>, which keeps the typed text's offsets unless it held invisible characters.
/// </summary>
internal sealed record AchievementFigures(int Index, string Text, IReadOnlyList<TextLine> Lines, IReadOnlyList<ParsedIndicator> Figures)
{
    public static AchievementFigures Read(int index, string? text, int? year)
    {
        var normalised = ReportTextNormalizer.Normalize(text ?? string.Empty);
        var lines = TextLine.Split(normalised);
        var figures = FigureExtractor.Extract(lines, year, []);
        return new AchievementFigures(index, normalised, lines, figures);
    }
}
