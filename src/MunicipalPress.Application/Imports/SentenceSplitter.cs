namespace MunicipalPress.Application.Imports;

/// <summary>
/// Sentence bounds within one paragraph. A period ends a sentence when a capital follows, except after
/// initials («М.В. Дегтярева») and the abbreviations reports use before a name («г. Томск», «м. Теплодар», «ул.»);
/// «тыс.» or «млн.» before a capital does end one.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "г", "гг", "т", "д", "др", "пр", "п", "пп", "ст", "ул", "им", "руб", "чел", "ед",
        "шт", "см", "тел", "обл", "р", "рр", "с", "ч", "нед", "мин", "макс", "ин", "грн", "коп", "вул", "м", "смт",
        "англ", "рис", "табл", "стр", "кв", "корп", "каб", "проф", "акад", "доц", "св", "напр", "ін", "e", "т.е",
        "т.д", "т.п", "т.к", "т.ч", "пгт", "пос", "с.ш", "gov", "ua", "ru",
    };

    /// <returns>Start and end (exclusive) of each sentence, covering the paragraph in order.</returns>
    public static List<(int Start, int End)> Split(string paragraph)
    {
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var next = i + 1;
            if (next < paragraph.Length && paragraph[next] is not (' ' or '»' or '"' or ')'))
            {
                continue;
            }

            while (next < paragraph.Length && paragraph[next] is '»' or '"' or ')')
            {
                next++;
            }

            var after = next;
            while (after < paragraph.Length && paragraph[after] == ' ')
            {
                after++;
            }

            if (after < paragraph.Length && !StartsSentence(paragraph[after]))
            {
                continue;
            }

            if (paragraph[i] == '.' && IsAbbreviation(paragraph, i))
            {
                continue;
            }

            sentences.Add((start, next));
            start = after;
            i = after - 1;
        }

        if (start < paragraph.Length)
        {
            sentences.Add((start, paragraph.Length));
        }

        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '«' or '"' or '(' or '•' or '–' or '—' or '-';

    private static bool IsAbbreviation(string paragraph, int period)
    {
        var from = period;
        while (from > 0 && (char.IsLetter(paragraph[from - 1]) || paragraph[from - 1] == '.'))
        {
            from--;
        }

        var word = paragraph[from..period];
        if (word.Length == 0)
        {
            return false;
        }

        return word.Length == 1 || word.Contains('.') || Abbreviations.Contains(word);
    }
}
