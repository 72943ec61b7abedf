using System.Text;

namespace MunicipalPress.Application.Common;

/// <summary>Latin, lower-case, URL-safe names from Russian or Ukrainian ones («Благовещенск» → blagoveshchensk).</summary>
public static class Slugs
{
    private static readonly Dictionary<char, string> Latin = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['і'] = "i", ['ї'] = "yi", ['є'] = "ye", ['ґ'] = "g", ['\''] = "", ['’'] = "",
    };

    public static string FromName(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (Latin.TryGetValue(c, out var latin))
            {
                result.Append(latin);
            }
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                result.Append(c);
            }
            else if (result.Length > 0 && result[^1] != '-')
            {
                result.Append('-');
            }
        }

        var slug = result.ToString().Trim('-');
        return slug.Length == 0 ? "municipality" : slug[..Math.Min(slug.Length, 90)];
    }
}
