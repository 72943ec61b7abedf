namespace MunicipalPress.Application.Tests.Imports;

/// <summary>
/// Durations, deadlines and goals are numbers of the report, not the year's results: «срок ответа сократился до 6
/// часов», «за 3 дня», «увеличить число подписчиков до 60 тыс.». Sentences of our own in the reports' style; the
/// result beside them in the same paragraph is still read.
/// </summary>
public sealed class NotThisYearsFigureTests
{
    [Theory]
    [InlineData("Срок ответа на обращения сократился до 6 часов.")]
    [InlineData("На сообщения в социальных сетях отвечали за 3 дня.")]
    [InlineData("Срочные вопросы решались в течение 10 минут.")]
    [InlineData("Запросы рассматривались в течение 5 рабочих дней.")]
    [InlineData("Прямая линия длилась 2 часа.")]
    [InlineData("Ответ давался не позднее 1 дня с момента обращения.")]
    public void Parse_RussianDurationsAndDeadlines_AreNotFigures(string sentence) =>
        Assert.Equal([120m], Questionnaire.Figures("Подготовлено 120 пресс-релизов. " + sentence).Select(f => f.Value));

    [Theory]
    [InlineData("Термін відповіді на звернення скоротився до 6 годин.")]
    [InlineData("Відповіді на запити надаються за 3 дні.")]
    [InlineData("У месенджерах відповідали протягом 10 хвилин.")]
    [InlineData("Запити розглядалися протягом 5 робочих днів.")]
    public void Parse_UkrainianDurationsAndDeadlines_AreNotFigures(string sentence) =>
        Assert.Equal([300m], Ukrainian("За 2019 рік підготовлено 300 новин. " + sentence).Select(f => f.Value));

    [Theory]
    [InlineData("Задача на следующий год — увеличить число подписчиков до 60 тыс.")]
    [InlineData("Планируем довести число подписчиков до 45 тыс. человек.")]
    [InlineData("Предстоит нарастить охват публикаций до 20 тыс. просмотров.")]
    [InlineData("Пресс-служба будет готовить не менее 500 пресс-релизов.")]
    public void Parse_RussianTargets_AreNotFigures(string sentence) =>
        Assert.Equal([120m], Questionnaire.Figures("Подготовлено 120 пресс-релизов. " + sentence).Select(f => f.Value));

    [Theory]
    [InlineData("Плануємо збільшити кількість підписників до 60 тис.")]
    [InlineData("Завдання — довести кількість підписників до 20 тисяч.")]
    [InlineData("У наступному році буде підготовлено 400 новин.")]
    public void Parse_UkrainianTargets_AreNotFigures(string sentence) =>
        Assert.Equal([300m], Ukrainian("За 2019 рік підготовлено 300 новин. " + sentence).Select(f => f.Value));

    [Theory]
    [InlineData("Число подписчиков выросло до 30 тыс.", 30000)]
    [InlineData("Количество подписчиков увеличилось до 12 500.", 12500)]
    [InlineData("Проведено 24 прямых эфира продолжительностью около часа.", 24)]
    public void Parse_ResultsBesideTheRules_AreStillFigures(string sentence, decimal value) =>
        Assert.Equal(value, Questionnaire.Single(sentence).Value);

    [Fact]
    public void Parse_TargetInTheTasks_StaysOnTheTask()
    {
        var report = MunicipalPress.Application.Imports.ReportTextParser.Parse(
            Questionnaire.Wrap("Подготовлено 120 пресс-релизов.").Replace("Продолжить работу.", "Увеличить число подписчиков до 60 тыс.", StringComparison.Ordinal));

        Assert.Equal("Увеличить число подписчиков до 60 тыс.", Assert.Single(report.PlannedTasks).Text);
        Assert.Equal([120m], report.Indicators.Select(f => f.Value));
    }

    private static IEnumerable<MunicipalPress.Application.Imports.ParsedIndicator> Ukrainian(string paragraph) =>
        MunicipalPress.Application.Imports.ReportTextParser.Parse(
            $"Звіт про роботу відділу інформаційної політики Тестівської міської ради за 2019 рік\n\n{paragraph}\n").Indicators;
}
