using System.Globalization;

namespace MunicipalPress.Web.Components.Shared;

/// <summary>
/// Which form of a counted word a language takes: Russian and Ukrainian have three (1 запись, 2 записи, 5 записей;
/// 21 запись, 12 записей), English two (1 item, 2 items).
/// </summary>
public static class Plural
{
    public static PluralForm Of(long count, CultureInfo culture)
    {
        var n = Math.Abs(count);
        if (culture.TwoLetterISOLanguageName is not ("ru" or "uk"))
        {
            return n == 1 ? PluralForm.One : PluralForm.Many;
        }

        return (n % 10, n % 100) switch
        {
            (1, not 11) => PluralForm.One,
            (>= 2 and <= 4, not (>= 12 and <= 14)) => PluralForm.Few,
            _ => PluralForm.Many,
        };
    }
}

public enum PluralForm
{
    One,
    Few,
    Many,
}
