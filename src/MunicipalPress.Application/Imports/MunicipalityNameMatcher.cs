using System.Text;
using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Compares a municipality's name as a report writes it with the names in the portal: case, «ё»/«е», quotes,
/// dash variants, spacing and a leading «г.», «город», «ЗАТО», «місто» do not matter. <see cref="Match{T}"/> also
/// takes the inflected and adjectival forms of Russian and Ukrainian («мэрии города Магадана», «администрации
/// Ангарского городского округа», «Южноукраїнської міської ради») and, when nothing matches, offers the closest
/// names instead of guessing.
/// </summary>
public static partial class MunicipalityNameMatcher
{
    public const int MaxCandidates = 5;

    /// <summary>The words of an administration's name around the city's own: «администрации города», «міської ради».</summary>
    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "администрация", "администрации", "администрацией", "мэрия", "мэрии", "мэрией", "город", "города", "городе",
        "городу", "городом", "г.", "г", "городской", "городского", "городском", "городскому", "округ", "округа",
        "округе", "округу", "го", "зато", "муниципальное", "муниципального", "муниципальном", "образование",
        "образования", "образовании", "мо", "глава", "главы", "дума", "думы", "пресс-служба", "пресс-службы",
        "міська", "міської", "міській", "міською", "міський", "міського", "рада", "ради", "раді", "радою", "місто",
        "міста", "місті", "м.", "виконавчий", "виконавчого", "комітет", "комітету", "виконком", "виконкому",
        "селищна", "селищної", "сільська", "сільської", "територіальна", "територіальної", "громада", "громади",
        "голова", "голови", "прес-служба", "прес-служби",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "на", "над", "под", "де", "ла", "по" };

    /// <summary>Case and adjective endings, longest first; what is left is compared.</summary>
    private static readonly string[] Endings =
    [
        "ого", "его", "ому", "ему", "ими", "ыми", "ами", "ями", "ові", "еві", "ой", "ей", "ий", "ый", "ій", "ая", "яя",
        "ое", "ее", "ых", "их", "ую", "юю", "ым", "им", "ом", "ем", "ах", "ях", "ам", "ям", "ою", "ею", "ої",
    ];

    private const string Vowels = "аеиоуыэюяіїєьй";

    private static readonly string[] Prefixes =
    [
        "городской округ ", "городского округа ", "муниципальное образование ", "город ", "г. ", "г ", "зато ",
        "місто ", "м. ",
    ];

    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            var mapped = c switch
            {
                'ё' => 'е',
                '‐' or '‑' or '‒' or '–' or '—' => '-',
                '«' or '»' or '"' or '“' or '”' or '„' => '\0',
                '’' or 'ʼ' => '\'',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (mapped == '\0' || (mapped == ' ' && (builder.Length == 0 || builder[^1] == ' ')))
            {
                continue;
            }

            builder.Append(mapped);
        }

        var normalised = builder.ToString().Trim().Replace(" - ", "-", StringComparison.Ordinal)
            .Replace(" -", "-", StringComparison.Ordinal).Replace("- ", "-", StringComparison.Ordinal);
        foreach (var prefix in Prefixes)
        {
            if (normalised.Length > prefix.Length && normalised.StartsWith(prefix, StringComparison.Ordinal))
            {
                return normalised[prefix.Length..];
            }
        }

        return normalised;
    }

    /// <summary>Every item whose name matches <paramref name="name"/>; none for an empty name.</summary>
    public static IReadOnlyList<T> FindAll<T>(string? name, IEnumerable<T> items, Func<T, string> nameOf)
    {
        var wanted = Normalise(name);
        return wanted.Length == 0 ? [] : items.Where(i => Normalise(nameOf(i)) == wanted).ToList();
    }

    /// <summary>
    /// The items whose name the phrase names, in any case or adjectival form; when none does (or several do), the
    /// closest names to choose from. A name is never matched by resemblance alone: «Благовещенка» is offered
    /// «Благовещенск», not given it.
    /// </summary>
    public static (IReadOnlyList<T> Matches, IReadOnlyList<T> Candidates) Match<T>(string? phrase, IReadOnlyCollection<T> items, Func<T, string> nameOf) =>
        Match([phrase], items, nameOf);

    /// <summary>
    /// As <see cref="Match{T}(string?, IReadOnlyCollection{T}, Func{T, string})"/> for several readings of one name
    /// (the parser's nominative, the adjective it came from): the first that matches wins; candidates are the first's.
    /// </summary>
    public static (IReadOnlyList<T> Matches, IReadOnlyList<T> Candidates) Match<T>(IReadOnlyList<string?> phrases, IReadOnlyCollection<T> items, Func<T, string> nameOf)
    {
        var keyed = new Lazy<List<(T Item, string Key)>>(() =>
            items.Select(i => (Item: i, Key: Key(nameOf(i)).Key)).Where(k => k.Key.Length > 0).ToList());
        foreach (var phrase in phrases)
        {
            var exact = FindAll(phrase, items, nameOf);
            if (exact.Count > 0)
            {
                return (exact, exact.Count > 1 ? exact : []);
            }

            var (key, bare) = Key(phrase);
            var matches = keyed.Value.Where(k => k.Key == key || (k.Key.Length > 0 && bare.Contains(k.Key))).Select(k => k.Item).ToList();
            if (matches.Count > 0)
            {
                return (matches, matches.Count > 1 ? matches : []);
            }
        }

        var (first, _) = Key(phrases.Count > 0 ? phrases[0] : null);
        if (first.Length == 0)
        {
            return ([], []);
        }

        var limit = Math.Max(2, first.Length / 3);
        var candidates = keyed.Value
            .Select(k => (k.Item, Distance: Distance(first, k.Key)))
            .Where(k => k.Distance <= limit)
            .OrderBy(k => k.Distance)
            .ThenBy(k => nameOf(k.Item), StringComparer.Ordinal)
            .Take(MaxCandidates)
            .Select(k => k.Item)
            .ToList();
        return ([], candidates);
    }

    /// <summary>
    /// The name's words without the administration's («мэрии города», «міської ради»), each part cut to its stem,
    /// with the letters the two languages spell differently made one (і/и/ы, е/є/э, ь dropped), so that
    /// «Хабаровска», «Хабаровский» and «Хабаровск», or «Харкова» and «Харків», give one key. A Ukrainian council
    /// adjective also gives the keys of the name without its suffix («Теплодарської» → Теплодар, «Одеської» →
    /// Одеса), which only a catalogue name can confirm.
    /// </summary>
    internal static (string Key, IReadOnlyList<string> Bare) Key(string? phrase)
    {
        var normalised = GluedAbbreviation().Replace(Normalise(phrase), "$1. ");
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', ':', '(', ')', '.', '!', '?') + (w.EndsWith('.') && w.Length <= 2 ? "." : string.Empty))
            .Where(w => w.Length > 0 && !InstitutionWords.Contains(w))
            .ToList();
        string Join(IEnumerable<string> parts) =>
            Fold(string.Join(' ', parts.Select(w => string.Join('-', w.Split('-').Select(Stem))).Where(w => w.Any(char.IsLetter))));

        var key = Join(words);
        var adjective = words.FindIndex(w => UkrainianAdjective().IsMatch(w));
        if (adjective < 0)
        {
            return (key, []);
        }

        var root = UkrainianAdjective().Replace(words[adjective], string.Empty);
        return (key, new[] { root, root + "с" }.Select(r => Join(words.Select((w, i) => i == adjective ? r : w))).ToList());
    }

    private static string Stem(string part)
    {
        if (Particles.Contains(part) || part.Length <= 3)
        {
            return part;
        }

        var stem = part;
        foreach (var ending in Endings)
        {
            if (stem.Length - ending.Length >= 3 && stem.EndsWith(ending, StringComparison.Ordinal))
            {
                stem = stem[..^ending.Length];
                break;
            }
        }

        while (stem.Length > 3 && Vowels.Contains(stem[^1]))
        {
            stem = stem[..^1];
        }

        // Closed syllable of Ukrainian: Харків/Харкова, Київ/Києва.
        if (stem.Length > 3 && stem[^1] == 'в' && stem[^2] is 'і' or 'ї')
        {
            stem = stem[..^2] + (stem[^2] == 'ї' ? "єв" : "ов");
        }

        return stem;
    }

    private static string Fold(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            switch (c)
            {
                case 'і' or 'ї' or 'ы':
                    builder.Append('и');
                    break;
                case 'є' or 'э':
                    builder.Append('е');
                    break;
                case 'ґ':
                    builder.Append('г');
                    break;
                case 'ь' or 'ъ' or '\'':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"(^|\s)([гм])\.(?=\S)")]
    private static partial Regex GluedAbbreviation();

    [GeneratedRegex(@"(?:ськ|цьк|зьк)(?:ої|ій|ою|а|ий|ого|ому|е|і|их)$")]
    private static partial Regex UkrainianAdjective();
}
