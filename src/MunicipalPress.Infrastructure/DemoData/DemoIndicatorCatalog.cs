using MunicipalPress.Domain.Indicators;

namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// The indicator catalogue of the demo: one indicator for every figure the seed reports state
/// (the Khabarovsk 2021 seed alone breaks its information messages down into five kinds).
/// No indicator is required: the real reports differ too much for that.
/// </summary>
public static class DemoIndicatorCatalog
{
    private const string Pieces = "шт.";
    private const string People = "чел.";

    public static IReadOnlyList<DemoIndicator> All { get; } =
    [
        // Media
        new("press_releases", "Пресс-релизы", "Прес-релізи", "Press releases",
            Pieces, IndicatorKind.Count, IndicatorCategory.Media, 10),
        new("photo_reports", "Фоторепортажи", "Фоторепортажі", "Photo reports",
            Pieces, IndicatorKind.Count, IndicatorCategory.Media, 20),
        new("info_messages", "Информационные сообщения", "Інформаційні повідомлення", "Information messages",
            Pieces, IndicatorKind.Count, IndicatorCategory.Media, 30),
        new("media_publications", "Публикации в СМИ о деятельности администрации", "Публікації у ЗМІ про діяльність влади",
            "Media publications about the administration", Pieces, IndicatorKind.Count, IndicatorCategory.Media, 40),
        new("mayor_appearances", "Выступления главы города в СМИ", "Виступи міського голови у ЗМІ",
            "Mayor's media appearances", Pieces, IndicatorKind.Count, IndicatorCategory.Media, 50),
        new("officials_appearances", "Выступления руководителей подразделений в СМИ", "Виступи керівників підрозділів у ЗМІ",
            "Department heads' media appearances", Pieces, IndicatorKind.Count, IndicatorCategory.Media, 60),
        new("mayor_addresses", "Обращения главы города к жителям", "Звернення міського голови до мешканців",
            "Mayor's addresses to residents", Pieces, IndicatorKind.Count, IndicatorCategory.Media, 70),
        new("live_broadcasts", "Прямые эфиры", "Прямі ефіри", "Live broadcasts",
            Pieces, IndicatorKind.Count, IndicatorCategory.Media, 80),
        new("public_hearing_notices", "Сообщения о публичных слушаниях", "Повідомлення про громадські слухання",
            "Public hearing notices", Pieces, IndicatorKind.Count, IndicatorCategory.Media, 90),
        new("hotline_announcements", "Анонсы «горячих линий»", "Анонси «гарячих ліній»", "Hotline announcements",
            Pieces, IndicatorKind.Count, IndicatorCategory.Media, 100),
        new("daily_bulletins", "Ежедневные оперативные сводки", "Щоденні оперативні зведення", "Daily bulletins",
            Pieces, IndicatorKind.Count, IndicatorCategory.Media, 110),

        // Events
        new("field_events", "Выездные мероприятия", "Виїзні заходи", "Field events",
            Pieces, IndicatorKind.Count, IndicatorCategory.Events, 200),
        new("press_approaches", "Пресс-подходы", "Прес-підходи", "Press approaches",
            Pieces, IndicatorKind.Count, IndicatorCategory.Events, 210),

        // Website
        new("website_materials", "Материалы на официальном сайте", "Матеріали на офіційному сайті", "Website materials",
            Pieces, IndicatorKind.Count, IndicatorCategory.Website, 300),
        new("website_news", "Новости на главной странице сайта", "Новини на головній сторінці сайту", "Front-page news",
            Pieces, IndicatorKind.Count, IndicatorCategory.Website, 310),
        new("website_weekly_reach", "Средний недельный охват публикаций сайта", "Середнє тижневе охоплення публікацій сайту",
            "Average weekly reach of website posts", "чел./нед.", IndicatorKind.Decimal, IndicatorCategory.Website, 320,
            MinValue: 0),

        // Social networks
        new("social_accounts", "Аккаунты в социальных сетях", "Акаунти в соціальних мережах", "Social media accounts",
            Pieces, IndicatorKind.Count, IndicatorCategory.SocialNetworks, 400),
        new("social_subscribers", "Подписчики в социальных сетях", "Підписники в соціальних мережах", "Social media followers",
            People, IndicatorKind.Count, IndicatorCategory.SocialNetworks, 410),
        new("social_post_reach", "Средний охват публикации в соцсетях", "Середнє охоплення публікації в соцмережах",
            "Average reach per social media post", People, IndicatorKind.Decimal, IndicatorCategory.SocialNetworks, 420,
            MinValue: 0),

        // Citizens' feedback
        new("citizen_messages_total", "Сообщения жителей, всего", "Повідомлення мешканців, усього", "Citizens' messages, total",
            Pieces, IndicatorKind.Count, IndicatorCategory.CitizenFeedback, 500),
        new("incident_responses", "Ответы по системе Инцидент-менеджмента", "Відповіді в системі Інцидент-менеджменту",
            "Incident management responses", Pieces, IndicatorKind.Count, IndicatorCategory.CitizenFeedback, 510),
        new("social_messages_answered", "Ответы на сообщения в соцсетях вне системы", "Відповіді на повідомлення в соцмережах поза системою",
            "Social media messages answered outside the system", Pieces, IndicatorKind.Count, IndicatorCategory.CitizenFeedback, 520),
        new("department_messages_weekly", "Сообщения, обрабатываемые подразделениями за неделю", "Повідомлення, які опрацьовують підрозділи за тиждень",
            "Messages handled by departments per week", "шт./нед.", IndicatorKind.Count, IndicatorCategory.CitizenFeedback, 530),
        new("roads_messages_share", "Доля сообщений жителей о дорогах", "Частка повідомлень мешканців про дороги",
            "Share of citizens' messages about roads", "%", IndicatorKind.Percent, IndicatorCategory.CitizenFeedback, 540),
        new("active_citizens", "Участники платформы «Активный гражданин»", "Учасники платформи «Активний громадянин»",
            "Active Citizen platform members", People, IndicatorKind.Count, IndicatorCategory.CitizenFeedback, 550),

        // Public-information requests
        new("info_requests", "Запросы на публичную информацию", "Запити на публічну інформацію", "Public information requests",
            Pieces, IndicatorKind.Count, IndicatorCategory.InformationRequests, 600),

        // Publications
        new("legal_bulletins", "Выпуски сборников нормативных актов", "Випуски збірників нормативних актів",
            "Issues of the municipal legal bulletin", "вып.", IndicatorKind.Count, IndicatorCategory.Publications, 700),
    ];
}
