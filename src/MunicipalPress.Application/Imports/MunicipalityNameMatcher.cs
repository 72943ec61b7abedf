using System.Text;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Compares a municipality's name as a report writes it with the names in the portal: case, «ё»/«е», quotes,
/// dash variants, spacing and a leading «г.», «город», «ЗАТО», «місто» do not matter.
/// </summary>
public static class MunicipalityNameMatcher
{
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
}
