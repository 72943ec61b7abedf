namespace MunicipalPress.Application.Imports;

/// <summary>
/// Turns the forms a city's name takes in a report into its dictionary form: «БЛАГОВЕЩЕНСК» → «Благовещенск»,
/// «(администрации города) Хабаровска» → «Хабаровск», «Теплодарської (міської ради)» → «Теплодар».
/// Rules, not a list of cities: a report from a city we have never seen must come out right too.
/// </summary>
public static class MunicipalityNames
{
    private static readonly HashSet<string> LowerCaseParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "на", "над", "под", "де", "ла", "по",
    };

    /// <summary>«КОМСОМОЛЬСК-НА-АМУРЕ» → «Комсомольск-на-Амуре», «НИЖНИЙ НОВГОРОД» → «Нижний Новгород».</summary>
    public static string TitleCase(string name)
    {
        var chars = name.ToLowerInvariant().ToCharArray();
        var wordStart = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && chars[i] is not (' ' or '-'))
            {
                continue;
            }

            if (i > wordStart && (wordStart == 0 || !LowerCaseParticles.Contains(new string(chars, wordStart, i - wordStart))))
            {
                chars[wordStart] = char.ToUpperInvariant(chars[wordStart]);
            }

            wordStart = i + 1;
        }

        return new string(chars);
    }

    /// <summary>
    /// The genitive after «города», «г.», «міста» to the nominative. Words are changed only where the
    /// ending shows a declined form; names that do not decline (Кемерово, Улан-Удэ, Сочи) stay as they are.
    /// In hyphenated names only the declined parts change: «Комсомольска-на-Амуре», «Петропавловска-Камчатского».
    /// </summary>
    public static string ToNominative(string name, string language)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var parts = words[w].Split('-');
            for (var p = 0; p < parts.Length; p++)
            {
                var next = p + 1 < parts.Length ? parts[p + 1] : null;
                var declines = next is null
                    || LowerCaseParticles.Contains(next)
                    || IsGenitiveAdjective(next);
                var isParticle = p > 0 && LowerCaseParticles.Contains(parts[p]);
                var afterParticle = p > 0 && LowerCaseParticles.Contains(parts[p - 1]);
                if (declines && !isParticle && !afterParticle)
                {
                    parts[p] = NounOrAdjectiveToNominative(parts[p], language);
                }
            }

            words[w] = string.Join('-', parts);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// «Теплодарської міської ради» → «Теплодар», «Львівської» → «Львів». The adjective drops its suffix;
    /// names whose stem does not end in a consonant (Одеса, Полтава) cannot be told from it and are
    /// found from another mention of the city where the text has one.
    /// </summary>
    public static string FromUkrainianAdjective(string adjective)
    {
        foreach (var ending in (string[])["ської", "ській", "ською", "скої", "цької", "цькій", "зької", "зькій"])
        {
            if (adjective.Length > ending.Length + 1 && adjective.EndsWith(ending, StringComparison.Ordinal))
            {
                return adjective[..^ending.Length];
            }
        }

        return adjective;
    }

    private static bool IsGenitiveAdjective(string word) =>
        word.EndsWith("ого", StringComparison.Ordinal) || word.EndsWith("его", StringComparison.Ordinal);

    private static string NounOrAdjectiveToNominative(string word, string language)
    {
        if (word.Length < 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        if (IsGenitiveAdjective(word))
        {
            var stem = word[..^3];
            var soft = word.EndsWith("его", StringComparison.Ordinal);
            return stem + (soft || EndsWithAny(stem, "к", "г", "х", "ж", "ш", "ч", "щ") ? "ий" : "ый");
        }

        if (word.EndsWith("ых", StringComparison.Ordinal) || word.EndsWith("их", StringComparison.Ordinal))
        {
            return word[..^2] + (word.EndsWith("их", StringComparison.Ordinal) ? "ие" : "ые");
        }

        return language == ReportLanguages.Ukrainian ? UkrainianNoun(word) : RussianNoun(word);
    }

    private static string RussianNoun(string word)
    {
        var last = word[^1];
        var beforeLast = word[^2];
        switch (last)
        {
            case 'а' when IsConsonant(beforeLast):
                return word[..^1];
            case 'я' when IsVowel(beforeLast):
                return word[..^1] + "й";
            case 'я' when beforeLast == 'л' || beforeLast == 'н' || beforeLast == 'р':
                return word[..^1] + "ь";
            case 'ы':
                return word[..^1] + "а";
            case 'и' when IsConsonant(beforeLast) && beforeLast == word[^3]:
                return word;
            case 'и' when beforeLast is 'к' or 'г' or 'х':
                return word[..^1] + "а";
            case 'и' when beforeLast is 'ж' or 'ш' or 'ч' or 'щ' or 'ц':
                return word;
            case 'и' when IsConsonant(beforeLast):
                return word[..^1] + "ь";
            default:
                return word;
        }
    }

    private static string UkrainianNoun(string word)
    {
        var last = word[^1];
        var beforeLast = word[^2];
        switch (last)
        {
            case 'а' when IsConsonant(beforeLast):
                var stem = word[..^1];
                // Closed last syllable: о/е/є before the final в turns into і/ї (Харкова → Харків, Києва → Київ).
                if (stem.Length >= 3 && stem[^1] == 'в' && stem[^2] is 'о' or 'е' or 'є')
                {
                    var alternated = stem[^2] == 'є' ? 'ї' : 'і';
                    return stem[..^2] + alternated + "в";
                }

                return stem;
            case 'и' when IsConsonant(beforeLast):
                return word[..^1] + "а";
            case 'і' when beforeLast == 'ц':
                return word[..^1] + "я";
            case 'я' when beforeLast is 'л' or 'н' or 'р':
                return word[..^1] + "ь";
            default:
                return word;
        }
    }

    private static bool EndsWithAny(string word, params string[] endings) =>
        endings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private static bool IsVowel(char c) => "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ".Contains(c);

    private static bool IsConsonant(char c) => char.IsLetter(c) && !IsVowel(c) && c is not ('ь' or 'ъ' or '\'' or '’');
}
