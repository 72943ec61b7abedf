using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>Reports of our own, for cities the parser has never seen, in the questionnaire's style and free-form.</summary>
public sealed class UnseenReportTests
{
    private const string Tomsk = """
        ТОМСК

        Что наиболее значительное удалось сделать в области информационной политики в 2019 году

        Направление «Работа со СМИ»

        Деятельность пресс-службы администрации города Томска регламентируется постановлением от 11.02.2019 № 87-п «О порядке информирования населения».
        За отчетный период подготовлено 1 845 пресс-релизов и 412 фоторепортажей, организовано 96 выездных мероприятий и 58 пресс-подходов. Состоялось 214 выступлений мэра города и 1 030 - руководителей департаментов.

        Направление «Официальный сайт»

        На официальном сайте администрации города Томска опубликовано 3 120 материалов, из них 1 460 новостей. Посещаемость сайта выросла в 1,5 раза по сравнению с 2018 годом.

        Направление «Обратная связь с жителями»

        Поступило 52 запроса на предоставление информации о деятельности органов местного самоуправления. Количество подписчиков официальных страниц выросло с 18 400 до 26 900 человек. Через систему Инцидент-менеджмента дан ответ на 4 215 сообщений жителей (в 2018 году - 2 980 сообщений).

        Какие задачи стоят в 2020 году

        1. Запустить мобильную версию официального сайта.
        2. Увеличить число подписчиков официальных страниц до 35 тыс.
        3. Провести цикл встреч мэра с жителями всех районов.
        """;

    private const string Nizhyn = """
        Звіт про роботу відділу з питань внутрішньої політики та зв’язків з громадськістю виконавчого комітету Ніжинської міської ради за 2020 рік

        Відділ забезпечує висвітлення діяльності міського голови та виконавчого комітету Ніжинської міської ради.

        За 2020 рік відділом опрацьовано 37 запитів на публічну інформацію, на всі надано відповіді у встановлений законом строк.

        На офіційному сайті міської ради розміщено 2 650 матеріалів, з них понад 900 новин. Сторінка міської ради у соціальних мережах має 12 400 підписників.

        Відповідно до розпорядження від 15.01.2020 № 12-р відділ щотижня готує огляд регіональних ЗМІ.

        Завдання на 2021 рік:

        • запровадити онлайн-трансляції сесій міської ради;
        • збільшити кількість підписників до 15 тис.;
        • оновити розділ «Публічна інформація» на сайті.
        """;

    [Fact]
    public void Parse_QuestionnaireForAnUnseenCity_ReadsEverything()
    {
        var report = ReportTextParser.Parse(Tomsk);

        Assert.Equal("Томск", report.Municipality);
        Assert.Equal(2019, report.Year);
        Assert.Equal(2020, report.PlanYear);
        Assert.Equal("ru", report.Language);
        Assert.Equal(["Работа со СМИ", "Официальный сайт", "Обратная связь с жителями"], report.Achievements.Select(a => a.Direction));
        Assert.Equal(
            ["Запустить мобильную версию официального сайта.", "Увеличить число подписчиков официальных страниц до 35 тыс.",
                "Провести цикл встреч мэра с жителями всех районов."],
            report.PlannedTasks.Select(t => t.Text));
        Assert.Equal(
            [
                (1845m, "press_releases"), (412m, "photo_reports"), (96m, "field_events"), (58m, "press_approaches"),
                (214m, "mayor_appearances"), (1030m, "officials_appearances"), (3120m, "website_materials"),
                (1460m, "website_news"), (52m, "info_requests"), (26900m, "social_subscribers"),
                (4215m, "incident_responses"),
            ],
            report.Indicators.Select(f => (f.Value, f.Code ?? "")).ToArray());
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_UkrainianFreeFormForAnUnseenCity_ReadsEverything()
    {
        var report = ReportTextParser.Parse(Nizhyn);

        Assert.Equal("Ніжин", report.Municipality);
        Assert.Equal(2020, report.Year);
        Assert.Equal(2021, report.PlanYear);
        Assert.Equal("uk", report.Language);
        Assert.Equal(4, report.Achievements.Count);
        Assert.Equal(
            ["Запровадити онлайн-трансляції сесій міської ради", "Збільшити кількість підписників до 15 тис.",
                "Оновити розділ «Публічна інформація» на сайті."],
            report.PlannedTasks.Select(t => t.Text));
        Assert.Equal(
            [(37m, "info_requests"), (2650m, "website_materials"), (900m, "website_news"), (12400m, "social_subscribers")],
            report.Indicators.Select(f => (f.Value, f.Code ?? "")).ToArray());
        Assert.Equal("понад", report.Indicators[2].Qualifier);
    }
}
