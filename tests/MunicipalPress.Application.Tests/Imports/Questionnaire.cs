using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>Wraps a paragraph of our own in the questionnaire's layout, to test one sentence at a time.</summary>
internal static class Questionnaire
{
    public static string Wrap(string achievements, int year = 2019, string city = "ОМСК") =>
        $"{city}\n\nЧто наиболее значительное удалось сделать в области информационной политики в {year} году\n\n"
        + $"{achievements}\n\nКакие задачи стоят в {year + 1} году\n\nПродолжить работу.\n";

    public static IReadOnlyList<ParsedIndicator> Figures(string achievements, int year = 2019) =>
        ReportTextParser.Parse(Wrap(achievements, year)).Indicators;

    public static ParsedIndicator Single(string achievements, int year = 2019) =>
        Assert.Single(Figures(achievements, year));
}
