using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// The city named most often in the phrases reports use for their own administration: «администрации города
/// Алейска», «Администрации ЗАТО Северск», «Теплодарської міської ради», «міста Теплодара». A region
/// («Одеської області», «Хабаровского края») never matches: only city and council phrases are read.
/// </summary>
internal static partial class MunicipalityFinder
{
    public static (string Name, ParseWarning? Warning) Find(string text, string language)
    {
        var candidates = new Dictionary<string, (int Count, int First)>();
        void Add(string name, int position)
        {
            if (name.Length < 2)
            {
                return;
            }

            candidates[name] = candidates.TryGetValue(name, out var found)
                ? (found.Count + 1, found.First)
                : (1, position);
        }

        foreach (Match match in RussianCityPhrase().Matches(text))
        {
            var name = match.Groups[1].Value;
            if (match.Groups[2].Success && IsAdjective(name))
            {
                name += " " + match.Groups[2].Value;
            }

            Add(MunicipalityNames.ToNominative(name, ReportLanguages.Russian), match.Index);
        }

        foreach (Match match in RussianAdjectivalDistrict().Matches(text))
        {
            // «Ангарского городского округа» → Ангарск; «Чайковского …» → Чайковский (the catalogue settles which).
            var stem = match.Groups[1].Value;
            var soft = match.Groups[2].Value == "его";
            Add(stem.EndsWith("ск", StringComparison.Ordinal) || stem.EndsWith("цк", StringComparison.Ordinal) ? stem : stem + (soft ? "ий" : "ый"), match.Index);
        }

        var nouns = new List<string>();
        foreach (Match match in UkrainianCityNoun().Matches(text))
        {
            var name = MunicipalityNames.ToNominative(match.Groups[1].Value, ReportLanguages.Ukrainian);
            nouns.Add(name);
            Add(name, match.Index);
        }

        string? derived = null;
        foreach (Match match in UkrainianCouncilAdjective().Matches(text))
        {
            var stem = MunicipalityNames.FromUkrainianAdjective(match.Groups[1].Value);
            if (stem == match.Groups[1].Value)
            {
                continue;
            }

            // «Одеської міської ради» gives «Одес»; a mention such as «міста Одеси» says how the name really ends.
            var name = nouns.FirstOrDefault(n => n.StartsWith(stem, StringComparison.Ordinal) && n.Length <= stem.Length + 2) ?? stem;
            derived ??= name == stem ? match.Groups[1].Value : null;
            Add(name, match.Index);
        }

        if (candidates.Count == 0)
        {
            return (string.Empty, ParseWarning.MunicipalityNotFound());
        }

        var best = candidates.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
        var warning = derived is not null && language == ReportLanguages.Ukrainian && !nouns.Contains(best)
            ? ParseWarning.MunicipalityDerived(best, derived)
            : null;
        return (best, warning);
    }

    private static bool IsAdjective(string word) =>
        word.EndsWith("ого", StringComparison.Ordinal) || word.EndsWith("его", StringComparison.Ordinal)
        || word.EndsWith("ых", StringComparison.Ordinal) || word.EndsWith("их", StringComparison.Ordinal)
        || word.EndsWith("ий", StringComparison.Ordinal) || word.EndsWith("ый", StringComparison.Ordinal);

    [GeneratedRegex(
        @"(?<![\p{L}])(?:города|город|г\.|ЗАТО|городского\s+округа|городской\s+округ|муниципального\s+образования\s+(?:город|«город)|мэрии|мэрия)\s*«?([А-ЯЁ][а-яё]+(?:-(?:на-)?[А-ЯЁа-яё][а-яё]+)*)(?:\s+([А-ЯЁ][а-яё]+))?")]
    private static partial Regex RussianCityPhrase();

    [GeneratedRegex(
        @"(?<![\p{L}])([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*?)(ого|его)\s+(?:городского\s+округа|муниципального\s+(?:округа|района|образования))")]
    private static partial Regex RussianAdjectivalDistrict();

    [GeneratedRegex(@"(?<![\p{L}])(?:міста|місто|місті|м\.)\s*([А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐа-яіїєґ'’]+)*)")]
    private static partial Regex UkrainianCityNoun();

    [GeneratedRegex(@"([А-ЯІЇЄҐ][а-яіїєґ'’\-]+)\s+(?:міськ|селищн|сільськ)\w*\s+(?:рад|голов|територіальн|громад)")]
    private static partial Regex UkrainianCouncilAdjective();
}
