using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Finds the questionnaire's landmarks: the city header («БЛАГОВЕЩЕНСК»), a report title («Звіт про роботу … за
/// 2018 рік»), the achievements question («Что наиболее значительное удалось сделать … в 2016 году») and the
/// tasks heading («Какие задачи стоят в 2017 году», «Завдання на 2019 рік»), and sorts the lines between them.
/// Without landmarks the whole text is read as achievements: that is how free-form reports are written.
/// </summary>
internal static partial class ReportStructureReader
{
    private const int MaxHeadingLength = 300;

    private static readonly HashSet<string> NotCityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "отчет", "отчёт", "звіт", "анкета", "информация", "інформація", "справка", "довідка", "введение", "вступ",
        "приложение", "додаток", "содержание", "зміст", "доклад", "доповідь", "итоги", "підсумки", "направление",
        "напрямок", "задачи", "завдання", "план", "планы", "плани", "пресс-служба", "прес-служба", "раздел",
        "розділ", "ответы", "відповіді", "вопрос", "питання", "аннотация", "резюме", "цели", "цілі",
    };

    private static readonly HashSet<string> CityPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "город", "г.", "г", "зато", "місто", "м.", "го", "мо", "городской", "округ", "муниципальное",
        "образование", "смт", "пгт", "селище",
    };

    public static ReportStructure Read(IReadOnlyList<TextLine> lines)
    {
        var structure = new ReportStructure();
        var index = SkipBlank(lines, 0);
        if (index < lines.Count && CityHeader(lines[index].Text) is { } city)
        {
            structure.Header = city;
            index = SkipBlank(lines, index + 1);
        }

        if (index < lines.Count && IsTitle(lines[index].Text))
        {
            structure.Year = FirstYear(lines[index].Text);
            index++;
        }

        var section = ReportSection.Achievements;
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            if (!line.IsBlank && line.Text.Length <= MaxHeadingLength)
            {
                if (IsAchievementsQuestion(line.Text))
                {
                    section = ReportSection.Achievements;
                    if (!structure.HasAchievementsQuestion)
                    {
                        structure.HasAchievementsQuestion = true;
                        structure.Year = FirstYear(line.Text) ?? structure.Year;
                    }

                    continue;
                }

                if (IsTasksHeading(line.Text))
                {
                    section = ReportSection.PlannedTasks;
                    if (!structure.HasTasksHeading)
                    {
                        structure.HasTasksHeading = true;
                        structure.PlanYear = FirstYear(line.Text);
                    }

                    continue;
                }

                if (PeersQuestion().IsMatch(line.Text))
                {
                    section = ReportSection.NotImported;
                    structure.Warnings.Add(ParseWarning.SectionNotImported(Shorten(line.Text)));
                    continue;
                }
            }

            switch (section)
            {
                case ReportSection.Achievements:
                    structure.AchievementLines.Add(line);
                    break;
                case ReportSection.PlannedTasks:
                    structure.TaskLines.Add(line);
                    break;
            }
        }

        return structure;
    }

    public static int? FirstYear(string text)
    {
        var match = Year().Match(text);
        return match.Success ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The year most often named as «в N году», «за N рік» in the text, for reports without a question line.</summary>
    public static int? MostNamedYear(IEnumerable<TextLine> lines)
    {
        var counts = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            foreach (Match match in YearPhrase().Matches(line.Text))
            {
                var year = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                counts[year] = counts.GetValueOrDefault(year) + 1;
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key).First().Key;
    }

    /// <summary>
    /// A line the structure reads by itself: the questions and the tasks heading, and at the top of the report
    /// (<paramref name="atTop"/>) a city header or a report title.
    /// </summary>
    public static bool IsLandmark(string line, bool atTop) =>
        line.Length > 0
        && ((atTop && (CityHeader(line) is not null || IsTitle(line)))
            || (line.Length <= MaxHeadingLength && (IsAchievementsQuestion(line) || IsTasksHeading(line) || PeersQuestion().IsMatch(line))));

    public static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    /// <summary>A short first line of capitals, or of capitalised words, that names a place: «АЛЕЙСК», «ЗАТО Северск».</summary>
    public static string? CityHeader(string line)
    {
        if (line.Length is < 2 or > 60 || line.Any(char.IsDigit) || line[^1] is '.' or ',' or ';' or ':' or '?' or '!')
        {
            return null;
        }

        if (!line.All(c => char.IsLetter(c) || c is ' ' or '-' or '.' or '«' or '»' or '"' or '’' or '\''))
        {
            return null;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 5 || words.Any(w => NotCityWords.Contains(w.Trim('«', '»', '"'))))
        {
            return null;
        }

        while (words.Count > 1 && CityPrefixes.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        var name = string.Join(' ', words).Trim('«', '»', '"', ' ');
        if (name.Length < 2 || !char.IsUpper(name[0]))
        {
            return null;
        }

        var letters = name.Where(char.IsLetter).ToList();
        if (letters.All(char.IsUpper))
        {
            return MunicipalityNames.TitleCase(name);
        }

        var capitalised = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .All(w => char.IsUpper(w[0]) || w is "на" or "над" or "под" or "де");
        return capitalised && words.Count <= 4 ? name : null;
    }

    public static bool IsTitle(string line) => line.Length <= 400 && TitleStart().IsMatch(line);

    public static bool IsAchievementsQuestion(string line) =>
        (line[^1] is not '.' || line.Length <= 120) && AchievementsQuestion().IsMatch(line);

    private static bool IsTasksHeading(string line)
    {
        if (ShortTasksHeading().IsMatch(line))
        {
            return true;
        }

        if (line.Length > 200 || line[^1] is '.' or ';' or ',')
        {
            return false;
        }

        return TasksHeadingStart().IsMatch(line) || TasksHeadingPhrase().IsMatch(line);
    }

    public static int SkipBlank(IReadOnlyList<TextLine> lines, int index)
    {
        while (index < lines.Count && lines[index].IsBlank)
        {
            index++;
        }

        return index;
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?:^|[\s(])(?:в|во|за|у)\s+((?:19|20)\d{2})\s*(?:году|год|г\.|рік|році|року|р\.)", RegexOptions.IgnoreCase)]
    private static partial Regex YearPhrase();

    [GeneratedRegex(@"^(?:отч[её]т|звіт|доклад|доповідь|информаци|інформаці|справка|довідка|анкета|ответы|відповіді|итоги|підсумки)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleStart();

    [GeneratedRegex(
        @"удалось\s+(?:сделать|реализовать|достичь)|наиболее\s+значи|основн\w*\s+(?:итог|достижени|результат)|итоги\s+(?:работы|деятельности)|достижения\s+(?:в|за)\s|вдалося\s+(?:зробити|досягти|реалізувати)|найбільш\s+значн|основн\w*\s+(?:досягнен|підсумк|результат)|підсумки\s+(?:роботи|діяльності)|досягнення\s+(?:в|у|за)\s",
        RegexOptions.IgnoreCase)]
    private static partial Regex AchievementsQuestion();

    [GeneratedRegex(
        @"^(?:\d{1,2}[.)]\s*)?(?:(?:какие|які|каковы|основные|основні|главные|головні|приоритетные|пріоритетні|ключевые|ключові)\s+)*(?:задач|завдан|план(?:ы|и|ах)?\b|перспектив|приоритет|пріоритет|цели\b|цілі\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex TasksHeadingStart();

    [GeneratedRegex(
        @"задачи\s+стоят|завдання\s+стоять|(?:задачи|завдання|план\w*)\s+(?:на|в|у)\s+(?:19|20)\d{2}|план\w*\s+(?:работы|роботи)\s+на",
        RegexOptions.IgnoreCase)]
    private static partial Regex TasksHeadingPhrase();

    [GeneratedRegex(@"^(?:задачи|завдання|планы|плани)\s+на\s+(?:19|20)\d{2}\s*(?:год|рік)?\s*[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortTasksHeading();

    [GeneratedRegex(@"опыт\w*\s+коллег|досвід\w*\s+колег|коллег\w*\s+из\s+других|колег\s+з\s+інших", RegexOptions.IgnoreCase)]
    private static partial Regex PeersQuestion();
}
