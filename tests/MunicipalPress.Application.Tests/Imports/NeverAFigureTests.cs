namespace MunicipalPress.Application.Tests.Imports;

/// <summary>Numbers that are not counts, in sentences of our own in the reports' style: none may become a figure.</summary>
public sealed class NeverAFigureTests
{
    [Theory]
    [InlineData("В 2019 году пресс-служба перешла на новый формат работы.")]
    [InlineData("Опираясь на опыт 2014-2016 годов, отдел продолжил публичные отчеты.")]
    [InlineData("Программа рассчитана на 2018-2022 годы.")]
    [InlineData("Программа рассчитана на 2018–2022 гг.")]
    [InlineData("В 2019 продолжилась работа над сайтом.")]
    [InlineData("Практика сохранится и в 2020 г. и далее.")]
    [InlineData("Показатели превысили итоги 2018 года.")]
    [InlineData("С мая 2019 года работает горячая линия.")]
    [InlineData("За 2019 рік відділ оновив сайт.")]
    [InlineData("У 2019 році відділ оновив сайт.")]
    public void Parse_Years_AreNotFigures(string sentence) => Assert.Empty(Questionnaire.Figures(sentence));

    [Theory]
    [InlineData("По состоянию на 01.02.2020 года площадка работала стабильно.")]
    [InlineData("Совещание прошло 12 марта 2019 года в мэрии.")]
    [InlineData("Совещание прошло 3 мая в мэрии.")]
    [InlineData("Нарада відбулася 14 лютого 2019 року.")]
    [InlineData("Положение действует с 1.09.19 и пересмотрено.")]
    public void Parse_Dates_AreNotFigures(string sentence) => Assert.Empty(Questionnaire.Figures(sentence));

    [Theory]
    [InlineData("Работа ведется по постановлению от 12.03.2019 № 518-п «О пресс-службе».")]
    [InlineData("Работа ведется по постановлению от 12.03.2019 №518 «О пресс-службе».")]
    [InlineData("Работа ведется в соответствии с Федеральным законом № 8-ФЗ.")]
    [InlineData("Работа ведется в соответствии с Федеральным законом № 44 -ФЗ.")]
    [InlineData("Работа ведется в соответствии с законом 152-ФЗ о персональных данных.")]
    [InlineData("Во исполнение поручения Пр-117 создан штаб.")]
    [InlineData("Во исполнение пункта 4 перечня поручений создан штаб.")]
    [InlineData("Согласно статьи 12 устава создан штаб.")]
    [InlineData("Согласно ч. 3 ст. 7 устава создан штаб.")]
    [InlineData("Відповідно до розпорядження № 95-р створено штаб.")]
    [InlineData("Справки по тел. 8 (3812) 52-11-44 в рабочее время.")]
    public void Parse_DocumentAndReferenceNumbers_AreNotFigures(string sentence) => Assert.Empty(Questionnaire.Figures(sentence));

    [Fact]
    public void Parse_ListNumbering_IsNotAFigure()
    {
        var figures = Questionnaire.Figures("1. Подготовлено 45 пресс-релизов.\n2. Проведено 12 пресс-подходов.\n3) Выпущено 6 сборников правовых актов.");

        Assert.Equal([45m, 12m, 6m], figures.Select(f => f.Value).ToArray());
    }

    [Theory]
    [InlineData("Пресс-служба переехала на 3-м этаж здания.")]
    [InlineData("Конкурс прошел в 5-й раз.")]
    [InlineData("Отметили 10-летие городской газеты.")]
    [InlineData("Все нормативы 7-ми ступеней размещены на сайте.")]
    public void Parse_OrdinalsAndCaseEndings_AreNotFigures(string sentence) => Assert.Empty(Questionnaire.Figures(sentence));

    [Theory]
    [InlineData("Посещаемость сайта выросла в 3 раза.")]
    [InlineData("Посещаемость сайта выросла в два раза.")]
    [InlineData("Доля положительных публикаций выросла на 15 %.")]
    [InlineData("Доля положительных публикаций составила 27,4%.")]
    [InlineData("Доля положительных публикаций составила 12 процентов.")]
    [InlineData("Частка позитивних публікацій становила 41 відсоток.")]
    public void Parse_RatiosAndPercentages_AreNotFigures(string sentence) => Assert.Empty(Questionnaire.Figures(sentence));

    [Theory]
    [InlineData("Подписчиков стало больше на 4 тыс. больше, чем годом ранее.")]
    [InlineData("Публикаций вышло на 120 больше, чем годом ранее.")]
    [InlineData("Акция длилась 3 месяца подряд.")]
    [InlineData("Горячая линия работала 2 недели без перерыва.")]
    [InlineData("Город занял 2 место в рейтинге открытости.")]
    [InlineData("Отчет за 1 квартал опубликован на сайте.")]
    [InlineData("Газета «Городские вести» выходит 2 раза в неделю.")]
    [InlineData("Приемная работает по адресу: ул. Мира, 14 (каб. 21).")]
    [InlineData("Акция прошла с 1 по 10 июня.")]
    [InlineData("В конкурсе участвовали дети от 7 до 14 лет.")]
    public void Parse_DifferencesDurationsRanksAndAddresses_AreNotFigures(string sentence) =>
        Assert.Empty(Questionnaire.Figures(sentence));

    [Fact]
    public void Parse_StartOfAChange_IsNotAFigure()
    {
        var figure = Questionnaire.Single("Охват публикаций сайта вырос с 1500 до 2500 человек в неделю.");

        Assert.Equal(2500, figure.Value);
        Assert.Equal("website_weekly_reach", figure.Code);
    }

    [Fact]
    public void Parse_FigureOfAnotherYear_IsNotAFigure()
    {
        var figure = Questionnaire.Single(
            "Обращений стало больше на 20 % (в 2018 году - 940 обращений / в 2019 году 1 130 обращений).", year: 2019);

        Assert.Equal(1130, figure.Value);
    }

    [Fact]
    public void Parse_ValueAtStartOfYear_IsNotAFigure()
    {
        var figure = Questionnaire.Single("Подписчиков стало 26 900 (на начало 2019: 18400).");

        Assert.Equal(26900, figure.Value);
    }

    [Theory]
    [InlineData("Совещания проходят в 10:00 по понедельникам.")]
    [InlineData("Эфир начинается в 9.30 ежедневно.")]
    [InlineData("Программа «Радио 7» рассказала о городе.")]
    [InlineData("Волонтеры школы «Лицей № 5» помогли с акцией.")]
    [InlineData("Разъяснялись меры против COVID-19 и гриппа.")]
    [InlineData("Фильм отмечен знаком 12+ на афише.")]
    [InlineData("Видео снято в формате 4K для сайта.")]
    public void Parse_TimesNamesAndCodes_AreNotFigures(string sentence) => Assert.Empty(Questionnaire.Figures(sentence));

    [Fact]
    public void Parse_TaskSectionNumbers_AreNotFiguresOfTheYear()
    {
        var text = "ОМСК\n\nЧто наиболее значительное удалось сделать в области информационной политики в 2019 году\n\n"
            + "Размещено 300 пресс-релизов.\n\nКакие задачи стоят в 2020 году\n\nРазместить не менее 400 пресс-релизов.\n";

        var figure = Assert.Single(MunicipalPress.Application.Imports.ReportTextParser.Parse(text).Indicators);
        Assert.Equal(300, figure.Value);
    }
}
