using System.Text;
using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Maps a figure to an indicator code of the catalogue by Russian and Ukrainian stems. The rules go from the
/// specific to the general: «ежедневных информационных сообщений» are daily bulletins before they are
/// information messages, and «сообщений» alone falls through to citizens' messages. A figure that no rule
/// claims keeps a null code: the person checking the import chooses.
/// </summary>
public static class IndicatorKeywords
{
    private const string Messages = "сообщ|обращени|повідом|звернен";
    private const string PeopleUnits = @"^(?:человек|чел\b|пользовател|просмотр|переглян|осіб|людей|охват|охоплен|контакт|$)";

    private static readonly IndicatorRule[] Rules =
    [
        new("daily_bulletins", R("ежедневн|щоденн"), R("сообщ|сводк|бюлл|повідом|зведен|бюлет")),
        new("mayor_addresses", R(@"(?:обращени|звернен)\w*\s+(?:мэр|глав|міськ\w*\s+голов|голов)")),
        new("live_broadcasts", R(@"прям\w*\s+(?:эфир|ефір)|трансляц")),
        new("public_hearing_notices", R(@"публичн\w*\s+слушан|громадськ\w*\s+слухан")),
        new("hotline_announcements", R(@"горяч\w*\s+лини|гаряч\w*\s+ліні")),
        new("info_messages", R(@"информационн\w*\s+сообщ|інформаційн\w*\s+повідом")),
        new("press_releases", R(@"пресс-?\s?релиз|прес-?\s?реліз|пресрелиз")),
        new("photo_reports", R(@"фоторепортаж|фотоотчет|фотозвіт|фотоотчёт")),
        new("press_approaches", R(@"пресс-?\s?подход|прес-?\s?підхо")),
        new("field_events", R(@"выездн|виїзн")),
        new("active_citizens", R(@"активн\w*\s+(?:граждан|громадян)|участник|учасник|пользовател|користувач"),
            Context: R(@"активн\w*\s+(?:граждан|громадян)")),
        new("social_accounts", R(@"аккаунт|акаунт|сообществ|спільнот|пабли[кч]")),
        new("social_subscribers", R(@"подписчик|підписник|фолловер|подписан")),
        new("social_subscribers", R(PeopleUnits), Context: R(@"подписчик|підписник")),
        new("mayor_appearances", R(@"выступлен|виступ|интервью|інтерв"), R(@"мэр|глав|голов")),
        new("officials_appearances", R(@"выступлен|виступ|интервью|інтерв"), R(@"руковод|керівн|заместит|заступ|специалист|спеціаліст|начальник")),
        new("officials_appearances", R(@"руковод|керівн|заместит|заступ|начальник"), Context: R(@"выступлен|виступ")),
        new("website_weekly_reach", R(PeopleUnits), Context: R(@"охват|охоплен"), Context2: R(@"сайт")),
        new("social_post_reach", R(PeopleUnits), Context: R(@"охват|охоплен"), Context2: R(@"публикац|публікац|пост|запис")),
        new("incident_responses", R(@"инцидент|інцидент")),
        new("department_messages_weekly", R(Messages), Context: R(@"еженедел|в неделю|за неделю|щотижн|на тиждень|за тиждень"), Context2: R(@"подраздел|підрозділ")),
        new("social_messages_answered", R(Messages + "|комментар|коментар"), R(@"соц\w*\s+се?т|соцсет|соц\w*\s+мереж|соцмереж")),
        new("social_messages_answered", R(Messages + "|комментар|коментар"), Context: R(@"соц\w*\s+се?т|соцсет|соц\w*\s+мереж|соцмереж")),
        new("incident_responses", R(Messages + "|ответ|відповід"), Context: R(@"инцидент|інцидент")),
        new("citizen_messages_total", R(Messages)),
        new("info_requests", R(@"запрос|запит")),
        new("legal_bulletins", R(@"сборник|збірник|бюллетен|бюлетен|вестник|вісник")),
        new("website_news", R(@"новост|новин"), Context: R(@"сайт|сторінц|страниц|портал")),
        new("website_materials", R(@"материал|матеріал|публикац|публікац|информац|інформац|документ"), Context: R(@"сайт")),
        new("media_publications", R(@"материал|матеріал|публикац|публікац|стат(?:ей|ьи|тей|ті)|сюжет|репортаж"),
            Context: R(@"\bсми\b|\bзми\b|массов|масов|мониторинг|моніторинг|газет|телевид|телебач|радио|радіо|издани|видан")),
    ];

    /// <param name="label">The counted phrase («пресс-релиза», «сообщений в социальных сетях»).</param>
    /// <param name="sentence">The sentence the figure stands in.</param>
    public static string? Match(string label, string sentence)
    {
        var normalisedLabel = Normalise(label);
        var context = normalisedLabel + " | " + Normalise(sentence);
        foreach (var rule in Rules)
        {
            if (rule.Matches(normalisedLabel, context))
            {
                return rule.Code;
            }
        }

        return null;
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '«' or '»' or '"' or '“' or '”' or '„':
                    continue;
                case 'ё' or 'Ё':
                    builder.Append('е');
                    continue;
                case '’' or 'ʼ':
                    builder.Append('\'');
                    continue;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    continue;
            }
        }

        return builder.ToString();
    }

    private static Regex R(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
