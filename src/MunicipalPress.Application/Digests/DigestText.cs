using System.Globalization;

namespace MunicipalPress.Application.Digests;

/// <summary>
/// The words of a digest in the reader's language (ru, uk, en; Russian otherwise). The two questions are the
/// questionnaire's own, so a digest read back by the compilation importer starts each city as the association's
/// compilations do: the city in capitals, then the first question.
/// </summary>
public sealed class DigestText
{
    private DigestText(string language, CultureInfo culture)
    {
        Language = language;
        Culture = culture;
    }

    public string Language { get; }

    /// <summary>Numbers and dates are written in this culture.</summary>
    public CultureInfo Culture { get; }

    public string Association => Pick("Ассоциация городов", "Асоціація міст", "Association of cities");

    public string DigestTitle => Pick("Информационная политика городов: ежегодный сборник", "Інформаційна політика міст: щорічний збірник", "Cities' information policy: annual digest");

    public string ReportTitle => Pick("Отчёт об информационной политике", "Звіт про інформаційну політику", "Information policy report");

    public string Contents => Pick("Содержание", "Зміст", "Contents");

    public string Summary => Pick(SummaryTitles[0], SummaryTitles[1], SummaryTitles[2]);

    /// <summary>The summary's heading in each language: where a digest read back as a compilation stops being the last city's report.</summary>
    public static IReadOnlyList<string> SummaryTitles { get; } = ["Основные показатели городов", "Основні показники міст", "Main indicators of the cities"];

    public string SummaryPerTenThousand => Pick("Основные показатели на 10 000 жителей", "Основні показники на 10 000 мешканців", "Main indicators per 10,000 residents");

    public string Municipality => Pick("Город", "Місто", "City");

    public string Population => Pick("Население", "Населення", "Population");

    public string Indicator => Pick("Показатель", "Показник", "Indicator");

    public string Change => Pick("Изменение", "Зміна", "Change");

    public string NoEntries => Pick("Нет записей.", "Немає записів.", "No entries.");

    public string NoCities => Pick("Нет отчётов, которые входят в сборник.", "Немає звітів, що входять до збірника.", "No reports to include.");

    public string UnapprovedMark => Pick("подан, не утверждён", "подано, не затверджено", "submitted, not approved");

    public string UnapprovedNote => Pick(
        "Отмеченные отчёты поданы, но ещё не утверждены.",
        "Позначені звіти подано, але ще не затверджено.",
        "Marked reports are submitted but not approved yet.");

    public string ReportStatusNote(string status) => Pick($"Статус отчёта: {status}.", $"Статус звіту: {status}.", $"Report status: {status}.");

    public string YearLine(int year) => Pick($"{year} год", $"{year} рік", $"{year}");

    public string MadeOn(DateOnly date) => Pick("Составлен ", "Складено ", "Made on ") + date.ToString("d MMMM yyyy", Culture);

    /// <summary>«Что наиболее значительное удалось сделать в области информационной политики в 2016 году».</summary>
    public string AchievementsQuestion(int year) => Pick(
        $"Что наиболее значительное удалось сделать в области информационной политики в {year} году",
        $"Що найважливіше вдалося зробити в галузі інформаційної політики у {year} році",
        $"What were the most significant achievements in information policy in {year}");

    /// <summary>«Какие задачи стоят в 2017 году» (for the report's year + 1).</summary>
    public string TasksQuestion(int year) => Pick(
        $"Какие задачи стоят в {year} году",
        $"Які завдання стоять у {year} році",
        $"What are the tasks for {year}");

    public string IndicatorsHeading(int year) => Pick($"Показатели за {year} год", $"Показники за {year} рік", $"Indicators for {year}");

    public string StatusName(Domain.Reports.ReportStatus status) => status switch
    {
        Domain.Reports.ReportStatus.Draft => Pick("черновик", "чернетка", "draft"),
        Domain.Reports.ReportStatus.Submitted => Pick("подан", "подано", "submitted"),
        Domain.Reports.ReportStatus.Returned => Pick("возвращён на доработку", "повернуто на доопрацювання", "returned"),
        _ => Pick("утверждён", "затверджено", "approved"),
    };

    public string Number(decimal value) => value.ToString("0.##", Culture);

    public string SignedNumber(decimal value) => (value > 0 ? "+" : string.Empty) + Number(value);

    /// <summary>«+82 (+2,8 %)»; «—» when there is nothing to compare with.</summary>
    public string ChangeText(DigestIndicatorRow row) => row.Change is not { } change
        ? "—"
        : row.ChangePercent is { } percent
            ? $"{SignedNumber(change)} ({SignedNumber(percent)} %)"
            : SignedNumber(change);

    /// <summary>The city heading: its name in capitals, as the compilations begin a city.</summary>
    public string CityHeading(string name) => name.ToUpper(Culture);

    public static DigestText For(string? language) => language switch
    {
        "uk" => new DigestText("uk", CultureInfo.GetCultureInfo("uk-UA")),
        "en" => new DigestText("en", CultureInfo.GetCultureInfo("en-GB")),
        _ => new DigestText("ru", CultureInfo.GetCultureInfo("ru-RU")),
    };

    private string Pick(string ru, string uk, string en) => Language switch
    {
        "uk" => uk,
        "en" => en,
        _ => ru,
    };
}
