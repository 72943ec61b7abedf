using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>Numbers and plural forms for Russian and Ukrainian demo texts, and template filling.</summary>
internal static partial class DemoText
{
    /// <summary>
    /// «{press_releases|пресс-релиз|пресс-релиза|пресс-релизов}» becomes «2982 пресс-релиза»;
    /// «{press_releases}» the bare number; «{growth:social_subscribers}» the growth on last year in percent.
    /// </summary>
    [GeneratedRegex(@"\{(growth:)?([a-z_]+)(?:\|([^|}]*)\|([^|}]*)\|([^|}]*))?\}")]
    private static partial Regex Placeholder();

    /// <summary>Russian style: 4-digit numbers stay whole, longer ones are grouped by thousands; a decimal comma.</summary>
    public static string Number(decimal value)
    {
        if (value != decimal.Truncate(value))
        {
            return value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
        }

        var digits = decimal.Truncate(value).ToString(CultureInfo.InvariantCulture);
        if (digits.Length < 5)
        {
            return digits;
        }

        var grouped = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(digits[i]);
        }

        return grouped.ToString();
    }

    /// <summary>The Russian/Ukrainian plural form for a whole number: 1 пресс-релиз, 2 пресс-релиза, 5 пресс-релизов.</summary>
    public static string Plural(decimal value, string one, string few, string many)
    {
        if (value != decimal.Truncate(value))
        {
            return few;
        }

        var n = (long)(decimal.Truncate(value) % 100);
        if (n is >= 11 and <= 14)
        {
            return many;
        }

        return (n % 10) switch
        {
            1 => one,
            2 or 3 or 4 => few,
            _ => many,
        };
    }

    /// <summary>«[a~b~c]» offers alternative wordings of a part of a phrase; one is chosen per city and year.</summary>
    [GeneratedRegex(@"\[([^\[\]]*)\]")]
    private static partial Regex Variants();

    /// <summary>
    /// The template with one wording chosen for each «[a~b~c]», so a phrase used by many cities reads differently in
    /// each of their reports, as real reports do. The choice is drawn from <paramref name="random"/>: deterministic.
    /// </summary>
    public static string Vary(string template, Random random) =>
        Variants().Replace(template, m =>
        {
            var options = m.Groups[1].Value.Split('~');
            return options[random.Next(options.Length)];
        });

    public static IEnumerable<string> CodesIn(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Success ? "growth:" + m.Groups[2].Value : m.Groups[2].Value);

    public static string Fill(string template, Func<string, decimal?> value, Func<string, decimal?> growth) =>
        Placeholder().Replace(template, m =>
        {
            var code = m.Groups[2].Value;
            if (m.Groups[1].Success)
            {
                return Number(growth(code) ?? 0);
            }

            var number = value(code) ?? 0;
            return m.Groups[3].Success
                ? $"{Number(number)} {Plural(number, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value)}"
                : Number(number);
        });
}
