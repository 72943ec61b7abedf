using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>Every way the reports write a count, in sentences of our own written in their style.</summary>
public sealed class NumberFormatTests
{
    [Theory]
    [InlineData("За год пресс-службой размещено 1 200 пресс-релизов.", 1200)]
    [InlineData("За год пресс-службой размещено 2\u00A0140 пресс-релизов.", 2140)]
    [InlineData("За год пресс-службой размещено 12\u202F415 пресс-релизов.", 12415)]
    [InlineData("За год пресс-службой размещено 1\u2009048\u2009576 пресс-релизов.", 1048576)]
    [InlineData("За год пресс-службой размещено 763 пресс-релиза.", 763)]
    public void Parse_GroupSeparators_JoinDigitGroups(string sentence, int value)
    {
        var figure = Questionnaire.Single(sentence);

        Assert.Equal(value, figure.Value);
        Assert.Equal("press_releases", figure.Code);
    }

    [Theory]
    [InlineData("Видеоролики администрации за год набрали 312 тыс. просмотров.", 312000)]
    [InlineData("Видеоролики администрации за год набрали 312 тыс просмотров.", 312000)]
    [InlineData("Видеоролики администрации за год набрали 2,5 тыс. просмотров.", 2500)]
    [InlineData("Видеоролики администрации за год набрали 1,2 млн просмотров.", 1200000)]
    [InlineData("Відеоролики міської ради за рік набрали 48 тис. переглядів.", 48000)]
    public void Parse_Multipliers_ScaleTheValue(string sentence, decimal value)
    {
        var figure = Questionnaire.Single(sentence);

        Assert.Equal(value, figure.Value);
        Assert.Contains("перег", figure.Label.Replace("просмотр", "перег", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Multiplier_OffsetCoversNumberAndMultiplier()
    {
        var report = ReportTextParser.Parse(Questionnaire.Wrap("Ролики набрали 2,5 тыс. просмотров."));

        var figure = Assert.Single(report.Indicators);
        Assert.Equal("2,5 тыс.", report.Text.Substring(figure.Start, figure.Length));
    }

    [Theory]
    [InlineData("Подготовлено более 500 пресс-релизов.", "более")]
    [InlineData("Подготовлено свыше 500 пресс-релизов.", "свыше")]
    [InlineData("Подготовлено около 500 пресс-релизов.", "около")]
    [InlineData("Подготовлено порядка 500 пресс-релизов.", "порядка")]
    [InlineData("Подготовлено не менее 500 пресс-релизов.", "не менее")]
    [InlineData("Подготовлено более чем 500 пресс-релизов.", "более чем")]
    [InlineData("Підготовлено понад 500 прес-релізів.", "понад")]
    [InlineData("Підготовлено близько 500 прес-релізів.", "близько")]
    public void Parse_Bounds_KeepTheBoundWordInLabelAndQualifier(string sentence, string bound)
    {
        var figure = Questionnaire.Single(sentence);

        Assert.Equal(500, figure.Value);
        Assert.Equal(bound, figure.Qualifier);
        Assert.Contains(bound, figure.Label, StringComparison.Ordinal);
        Assert.Equal("press_releases", figure.Code);
    }

    [Fact]
    public void Parse_CountedNounAfterNumber_IsTheLabel()
    {
        var figures = Questionnaire.Figures("На сайте размещено 1845 пресс-релизов и 412 фоторепортажей, проведено 96 выездных мероприятий.");

        Assert.Equal(
            [(1845m, "пресс-релизов", "press_releases"), (412m, "фоторепортажей", "photo_reports"), (96m, "выездных мероприятий", "field_events")],
            figures.Select(f => (f.Value, f.Label, f.Code)).ToArray());
    }

    [Theory]
    [InlineData("Подготовлено 940 информационных сообщений: обращений главы города - 27; прямых эфиров - 12.")]
    [InlineData("Подготовлено 940 информационных сообщений: обращений главы города – 27; прямых эфиров – 12.")]
    [InlineData("Подготовлено 940 информационных сообщений: обращений главы города — 27; прямых эфиров — 12.")]
    [InlineData("Подготовлено 940 информационных сообщений: обращений главы города: 27; прямых эфиров: 12.")]
    public void Parse_LabelBeforeDashOrColon_IsTheLabel(string sentence)
    {
        var figures = Questionnaire.Figures(sentence);

        Assert.Equal(
            [(940m, "info_messages"), (27m, "mayor_addresses"), (12m, "live_broadcasts")],
            figures.Select(f => (f.Value, f.Code)).ToArray());
        Assert.Equal("обращений главы города", figures[1].Label);
        Assert.Equal("прямых эфиров", figures[2].Label);
    }

    [Fact]
    public void Parse_NumberThenDashThenLabel_ReadsTheLabelAfterTheDash()
    {
        var figures = Questionnaire.Figures("В эфире состоялось 640 выступлений главы города и 1210 - заместителей главы администрации.");

        Assert.Equal([(640m, "mayor_appearances"), (1210m, "officials_appearances")], figures.Select(f => (f.Value, f.Code)).ToArray());
        Assert.StartsWith("заместителей", figures[1].Label, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Число участников площадки «Активный гражданин» к концу года достигло 1540.", "active_citizens")]
    [InlineData("Общее количество подписчиков официальных страниц составило 52 300 человек.", "social_subscribers")]
    [InlineData("Кількість підписників сторінки міської ради зросла до 7 800.", "social_subscribers")]
    public void Parse_NumberAfterItsSubject_TakesTheLabelFromNumberOrQuantity(string sentence, string code)
    {
        var figure = Questionnaire.Single(sentence);

        Assert.Equal(code, figure.Code);
        Assert.DoesNotContain("человек", figure.Label, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Поступило 214 обращений граждан через интернет-приемную.", "citizen_messages_total")]
    [InlineData("Рассмотрено 37 запросов на предоставление информации о деятельности администрации.", "info_requests")]
    [InlineData("За рік надано відповіді на 48 запитів на публічну інформацію.", "info_requests")]
    [InlineData("На офіційному сайті оприлюднено 2 417 матеріалів.", "website_materials")]
    [InlineData("На официальном сайте опубликовано 611 новостей.", "website_news")]
    [InlineData("По данным мониторинга в СМИ вышло 3 904 материала о работе администрации.", "media_publications")]
    [InlineData("Структурные подразделения завели 45 аккаунтов в социальных сетях.", "social_accounts")]
    [InlineData("Вышло 24 выпуска «Вестника» с муниципальными правовыми актами.", "legal_bulletins")]
    [InlineData("Выпущено 24 сборника муниципальных правовых актов.", "legal_bulletins")]
    [InlineData("Организовано 58 пресс-подходов руководителей.", "press_approaches")]
    [InlineData("Дано ответов на 3 015 сообщений в системе Инцидент-менеджмента.", "incident_responses")]
    [InlineData("Проведено 15 встреч с жителями микрорайонов.", null)]
    public void Parse_IndicatorKeywords_MapToTheCatalogue(string sentence, string? code)
    {
        Assert.Equal(code, Questionnaire.Single(sentence).Code);
    }

    [Fact]
    public void Parse_CardinalWithCaseEnding_CountsOnlyWhenItNamesAnIndicator()
    {
        Assert.Equal("press_releases", Questionnaire.Single("Новость разошлась в 3-х пресс-релизах.").Code);
        Assert.Empty(Questionnaire.Figures("Комплекс нормативов включает все 9-ти уровней сложности."));
    }

    [Fact]
    public void Parse_SameFigureTwiceInOneSentence_IsOneFigure()
    {
        var figure = Questionnaire.Single("Подписчиков стало 48 210 человек (на конец года: 48210).");

        Assert.Equal(48210, figure.Value);
    }

    [Fact]
    public void Parse_Decimal_KeepsTheFraction()
    {
        var figure = Questionnaire.Single("Средняя оценка работы пресс-службы составила 4,6 балла.");

        Assert.Equal(4.6m, figure.Value);
    }
}
