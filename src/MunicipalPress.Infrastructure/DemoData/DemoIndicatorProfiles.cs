namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// Generation parameters for every catalogue indicator, tuned so that cities of a seed city's size get
/// figures of the same order as the seed states (Blagoveshchensk's press releases, Khabarovsk's followers).
/// </summary>
internal static class DemoIndicatorProfiles
{
    public static IReadOnlyList<DemoIndicatorProfile> All { get; } =
    [
        new("press_releases", 1500, 0.03, Coverage: 0.8, AlsoInUkraine: true),
        new("photo_reports", 200, 0.05, 0.9, Coverage: 0.7, AlsoInUkraine: true),
        new("info_messages", 900, 0.05, Coverage: 0.5, AlsoInUkraine: true),
        new("media_publications", 3000, 0.07, 0.95, Coverage: 0.6, AlsoInUkraine: true),
        new("mayor_appearances", 600, 0.05, Coverage: 0.45),
        new("officials_appearances", 1500, 0.05, Coverage: 0.4),
        new("mayor_addresses", 12, 0.03, Coverage: 0.3),
        new("live_broadcasts", 6, 0.25, 0.85, FromYear: 2018, Coverage: 0.4),
        new("public_hearing_notices", 40, 0.0, Coverage: 0.3, AlsoInUkraine: true),
        new("hotline_announcements", 10, 0.02, Coverage: 0.25),
        new("daily_bulletins", 250, 0.0, FromYear: 2020, Coverage: 0.2, ScalesWithPopulation: false),
        new("field_events", 80, 0.02, Coverage: 0.6),
        new("press_approaches", 45, 0.02, Coverage: 0.5),
        new("website_materials", 2200, 0.04, Coverage: 0.7, AlsoInUkraine: true),
        new("website_news", 800, 0.03, Coverage: 0.6, AlsoInUkraine: true),
        new("website_weekly_reach", 1200, 0.2, 0.9, FromYear: 2018, Coverage: 0.4),
        new("social_accounts", 6, 0.15, 0.9, Coverage: 0.5, Cumulative: true, AlsoInUkraine: true),
        new("social_subscribers", 12000, 0.25, 0.9, Coverage: 0.85, Cumulative: true, AlsoInUkraine: true),
        new("social_post_reach", 4000, 0.12, 0.9, FromYear: 2019, Coverage: 0.4),
        new("citizen_messages_total", 3500, 0.12, 0.95, FromYear: 2018, Coverage: 0.55),
        new("incident_responses", 2500, 0.1, 0.95, FromYear: 2020, Coverage: 0.6),
        new("social_messages_answered", 1800, 0.1, 0.95, FromYear: 2020, Coverage: 0.5),
        new("department_messages_weekly", 80, 0.05, FromYear: 2021, Coverage: 0.2),
        new("roads_messages_share", 35, 0.0, FromYear: 2020, Coverage: 0.3, ScalesWithPopulation: false),
        new("active_citizens", 1000, 0.3, 0.85, Coverage: 0.2, Cumulative: true),
        new("info_requests", 40, 0.03, Coverage: 0.5, AlsoInUkraine: true),
        new("legal_bulletins", 14, 0.0, Coverage: 0.35, ScalesWithPopulation: false),
    ];
}
