using System.Globalization;

namespace MunicipalPress.Web.Components.Shared;

/// <summary>The UI language (ru, uk or en) and the catalogue's three-language names.</summary>
public static class UiLanguage
{
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static string Pick(string ru, string uk, string en) => Current switch
    {
        "uk" => uk,
        "en" => en,
        _ => ru,
    };
}
