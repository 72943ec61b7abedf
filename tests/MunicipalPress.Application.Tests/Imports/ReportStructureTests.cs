using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>Headings, directions and planned tasks in the layouts reports use.</summary>
public sealed class ReportStructureTests
{
    [Theory]
    [InlineData("Какие задачи стоят в 2020 году", 2020)]
    [InlineData("Какие задачи стоят перед пресс-службой в 2020 году?", 2020)]
    [InlineData("Задачи на 2020 год", 2020)]
    [InlineData("Задачи на 2020 год:", 2020)]
    [InlineData("Основные задачи на 2020 год", 2020)]
    [InlineData("Планы на 2020 год", 2020)]
    [InlineData("Завдання на 2020 рік", 2020)]
    [InlineData("Які завдання стоять у 2020 році", 2020)]
    [InlineData("Задачи", null)]
    public void Parse_TasksHeadingVariants_GivePlanYearAndTasks(string heading, int? planYear)
    {
        var report = ReportTextParser.Parse($"ОМСК\n\nЧто наиболее значительное удалось сделать в 2019 году\n\nРабота шла.\n\n{heading}\n\nЗапустить сайт.\n");

        Assert.Equal(planYear, report.PlanYear);
        Assert.Equal("Запустить сайт.", Assert.Single(report.PlannedTasks).Text);
        Assert.Equal("Работа шла.", Assert.Single(report.Achievements).Text);
    }

    [Theory]
    [InlineData("Основными задачами являются: развитие сайта; работа с блогерами; запуск подкаста.")]
    [InlineData("Основными задачами являются:\n• развитие сайта;\n• работа с блогерами;\n• запуск подкаста.")]
    [InlineData("Основными задачами являются:\n\n- развитие сайта;\n- работа с блогерами;\n- запуск подкаста.")]
    [InlineData("1. Развитие сайта.\n2. Работа с блогерами.\n3. Запуск подкаста.")]
    [InlineData("Задачи: 1) развитие сайта; 2) работа с блогерами; 3) запуск подкаста.")]
    public void Parse_TaskLists_GiveOneTaskPerItem(string tasks)
    {
        var report = ReportTextParser.Parse($"ОМСК\n\nЧто наиболее значительное удалось сделать в 2019 году\n\nРабота шла.\n\nКакие задачи стоят в 2020 году\n\n{tasks}\n");

        Assert.Equal(
            ["Развитие сайта", "Работа с блогерами", "Запуск подкаста"],
            report.PlannedTasks.Select(t => t.Text.TrimEnd('.')));
    }

    [Fact]
    public void Parse_TaskParagraphs_AreOneTaskEach()
    {
        var report = ReportTextParser.Parse(
            "ОМСК\n\nЧто наиболее значительное удалось сделать в 2019 году\n\nРабота шла.\n\nКакие задачи стоят в 2020 году\n\n"
            + "Главная задача года — повысить открытость власти, развивать сайт и соцсети.\n\nОтдельно планируется обучение сотрудников.\n");

        Assert.Equal(2, report.PlannedTasks.Count);
    }

    [Fact]
    public void Parse_ShortHeadingLines_BecomeDirections()
    {
        var report = ReportTextParser.Parse(
            "ОМСК\n\nЧто наиболее значительное удалось сделать в 2019 году\n\nВзаимодействие со СМИ\n\nПодготовлено 50 пресс-релизов.\n\n"
            + "Выпущено 20 фоторепортажей.\n\nСоциальные сети:\n\nЗаведено 6 аккаунтов.\n");

        Assert.Collection(
            report.Achievements,
            a =>
            {
                Assert.Equal("Взаимодействие со СМИ", a.Direction);
                Assert.Equal("Подготовлено 50 пресс-релизов.\n\nВыпущено 20 фоторепортажей.", a.Text);
            },
            a => Assert.Equal("Социальные сети", a.Direction));
    }

    [Fact]
    public void Parse_LeadInWithList_StaysOneParagraphEntry()
    {
        var report = ReportTextParser.Parse(
            "ОМСК\n\nЧто наиболее значительное удалось сделать в 2019 году\n\nОтдел работал по направлениям, а именно:\n\n"
            + "• выпуск новостей;\n• работа с обращениями.\n\nВторой абзац отчета.\n");

        Assert.Equal([null, null], report.Achievements.Select(a => a.Direction));
        Assert.StartsWith("Отдел работал", report.Achievements[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("работа с обращениями.", report.Achievements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HardWrappedLines_AreJoinedIntoParagraphs()
    {
        var report = ReportTextParser.Parse(
            "ОМСК\n\nЧто наиболее значительное удалось сделать в 2019 году\n\nЗа год подготовлено 1 200\nпресс-релизов и проведено\n40 пресс-подходов.\n");

        Assert.Equal([(1200m, "press_releases"), (40m, "press_approaches")], report.Indicators.Select(f => (f.Value, f.Code ?? "")));
    }

    [Fact]
    public void Parse_ColleaguesSection_IsNotImported()
    {
        var report = ReportTextParser.Parse(
            "ОМСК\n\nЧто наиболее значительное удалось сделать в 2019 году\n\nПодготовлено 50 пресс-релизов.\n\n"
            + "Что из опыта коллег вам показалось интересным?\n\nВ соседнем городе выпущено 900 фоторепортажей.\n");

        Assert.Equal(50, Assert.Single(report.Indicators).Value);
        var warning = Assert.Single(report.Warnings, w => w.Code == ParseWarningCodes.SectionNotImported);
        Assert.Equal(["Что из опыта коллег вам показалось интересным?"], warning.Arguments);
    }

    [Fact]
    public void Parse_NoYearAnywhereButPlanYear_AssumesThePreviousYear()
    {
        var report = ReportTextParser.Parse("ОМСК\n\nПодготовлено 50 пресс-релизов.\n\nЗадачи на 2021 год\n\nЗапустить сайт.\n");

        Assert.Equal(2020, report.Year);
        var warning = Assert.Single(report.Warnings, w => w.Code == ParseWarningCodes.YearAssumedFromPlan);
        Assert.Equal(["2020", "2021"], warning.Arguments);
        Assert.Equal("The reporting year was not stated; 2020 is assumed from the tasks for 2021.", warning.Message);
    }

    [Theory]
    [InlineData("Отдел подготовил новые материалы и разослал их в редакции.", "ru")]
    [InlineData("Відділ підготував нові матеріали та надіслав їх до редакцій.", "uk")]
    [InlineData("Мета відділу - інформування мешканців.", "uk")]
    public void Parse_Language_IsToldByLetters(string text, string language) =>
        Assert.Equal(language, ReportTextParser.Parse(text).Language);
}
