namespace MunicipalPress.Application.Imports;

/// <summary>
/// Ukrainian has і, ї, є, ґ and Russian has ы, э, ъ, ё; each alphabet lacks the other's letters, so counting
/// them settles the language of any paragraph-sized text. Short texts fall back to frequent function words.
/// </summary>
internal static class ReportLanguageDetector
{
    private static readonly HashSet<string> UkrainianWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "та", "що", "це", "від", "як", "для", "рік", "року", "міста", "ради", "також", "щодо", "було",
    };

    private static readonly HashSet<string> RussianWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "и", "что", "это", "от", "как", "для", "год", "года", "города", "также", "было", "которые",
    };

    /// <returns>The language, and whether there was anything to tell it by.</returns>
    public static (string Language, bool Recognised) Detect(string text)
    {
        int ukrainian = 0, russian = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ':
                    ukrainian++;
                    break;
                case 'ы' or 'э' or 'ъ' or 'ё' or 'Ы' or 'Э' or 'Ъ' or 'Ё':
                    russian++;
                    break;
            }
        }

        if (ukrainian + russian < 3)
        {
            foreach (var word in text[..Math.Min(text.Length, 50_000)].Split([' ', '\n', ',', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries).Take(5000))
            {
                ukrainian += UkrainianWords.Contains(word) ? 1 : 0;
                russian += RussianWords.Contains(word) ? 1 : 0;
            }
        }

        if (ukrainian == 0 && russian == 0)
        {
            return (ReportLanguages.Russian, false);
        }

        return (ukrainian > russian ? ReportLanguages.Ukrainian : ReportLanguages.Russian, true);
    }
}
