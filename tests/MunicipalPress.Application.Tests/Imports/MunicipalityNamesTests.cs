using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

public sealed class MunicipalityNamesTests
{
    [Theory]
    [InlineData("Томска", "Томск")]
    [InlineData("Барнаула", "Барнаул")]
    [InlineData("Новосибирска", "Новосибирск")]
    [InlineData("Иркутска", "Иркутск")]
    [InlineData("Хабаровска", "Хабаровск")]
    [InlineData("Благовещенска", "Благовещенск")]
    [InlineData("Алейска", "Алейск")]
    [InlineData("Владивостока", "Владивосток")]
    [InlineData("Магадана", "Магадан")]
    [InlineData("Биробиджана", "Биробиджан")]
    [InlineData("Читы", "Чита")]
    [InlineData("Москвы", "Москва")]
    [InlineData("Находки", "Находка")]
    [InlineData("Перми", "Пермь")]
    [InlineData("Тюмени", "Тюмень")]
    [InlineData("Ярославля", "Ярославль")]
    [InlineData("Улан-Удэ", "Улан-Удэ")]
    [InlineData("Кемерово", "Кемерово")]
    [InlineData("Сочи", "Сочи")]
    [InlineData("Тольятти", "Тольятти")]
    [InlineData("Комсомольска-на-Амуре", "Комсомольск-на-Амуре")]
    [InlineData("Ростова-на-Дону", "Ростов-на-Дону")]
    [InlineData("Петропавловска-Камчатского", "Петропавловск-Камчатский")]
    [InlineData("Ханты-Мансийска", "Ханты-Мансийск")]
    [InlineData("Горно-Алтайска", "Горно-Алтайск")]
    [InlineData("Южно-Сахалинска", "Южно-Сахалинск")]
    [InlineData("Нижнего Новгорода", "Нижний Новгород")]
    [InlineData("Великого Новгорода", "Великий Новгород")]
    [InlineData("Старого Оскола", "Старый Оскол")]
    [InlineData("Нового Уренгоя", "Новый Уренгой")]
    [InlineData("Северск", "Северск")]
    public void ToNominative_RussianGenitive_GivesTheDictionaryForm(string genitive, string nominative) =>
        Assert.Equal(nominative, MunicipalityNames.ToNominative(genitive, ReportLanguages.Russian));

    [Theory]
    [InlineData("Теплодара", "Теплодар")]
    [InlineData("Харкова", "Харків")]
    [InlineData("Львова", "Львів")]
    [InlineData("Києва", "Київ")]
    [InlineData("Миколаєва", "Миколаїв")]
    [InlineData("Ужгорода", "Ужгород")]
    [InlineData("Житомира", "Житомир")]
    [InlineData("Одеси", "Одеса")]
    [InlineData("Полтави", "Полтава")]
    [InlineData("Вінниці", "Вінниця")]
    public void ToNominative_UkrainianGenitive_GivesTheDictionaryForm(string genitive, string nominative) =>
        Assert.Equal(nominative, MunicipalityNames.ToNominative(genitive, ReportLanguages.Ukrainian));

    [Theory]
    [InlineData("Теплодарської", "Теплодар")]
    [InlineData("Теплодарскої", "Теплодар")]
    [InlineData("Київської", "Київ")]
    [InlineData("Львівської", "Львів")]
    [InlineData("Харківської", "Харків")]
    [InlineData("Житомирської", "Житомир")]
    [InlineData("Ужгородської", "Ужгород")]
    [InlineData("Миколаївської", "Миколаїв")]
    [InlineData("Ніжинської", "Ніжин")]
    public void FromUkrainianAdjective_CouncilAdjective_GivesTheCity(string adjective, string city) =>
        Assert.Equal(city, MunicipalityNames.FromUkrainianAdjective(adjective));

    [Theory]
    [InlineData("БЛАГОВЕЩЕНСК", "Благовещенск")]
    [InlineData("КОМСОМОЛЬСК-НА-АМУРЕ", "Комсомольск-на-Амуре")]
    [InlineData("НИЖНИЙ НОВГОРОД", "Нижний Новгород")]
    [InlineData("УЛАН-УДЭ", "Улан-Удэ")]
    [InlineData("ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ", "Петропавловск-Камчатский")]
    public void TitleCase_CapitalHeader_GivesTheName(string header, string name) =>
        Assert.Equal(name, MunicipalityNames.TitleCase(header));

    [Theory]
    [InlineData("ЗАТО СЕВЕРСК", "Северск")]
    [InlineData("г. Томск", "Томск")]
    [InlineData("ГОРОД ИРКУТСК", "Иркутск")]
    [InlineData("Норильск", "Норильск")]
    public void Parse_HeaderLine_NamesTheMunicipality(string header, string name) =>
        Assert.Equal(name, ReportTextParser.Parse($"{header}\n\nЧто наиболее значительное удалось сделать в 2019 году\n\nТекст.\n").Municipality);

    [Theory]
    [InlineData("Пресс-служба администрации города Барнаула в 2019 году работала по плану. Мэр города Барнаула провел 12 встреч.", "Барнаул")]
    [InlineData("Отдел информационной политики Администрации ЗАТО Железногорск работал по плану.", "Железногорск")]
    [InlineData("Пресс-служба мэрии города Новосибирска работала по плану.", "Новосибирск")]
    [InlineData("Управление по связям с общественностью администрации города Комсомольска-на-Амуре работало по плану.", "Комсомольск-на-Амуре")]
    [InlineData("Відділ виконавчого комітету Ніжинської міської ради працював за планом.", "Ніжин")]
    [InlineData("Відділ виконавчого комітету Одеської міської ради працював за планом, мешканці міста Одеси отримували новини.", "Одеса")]
    public void Parse_NoHeader_FindsTheCityInItsPhrases(string text, string name) =>
        Assert.Equal(name, ReportTextParser.Parse(text).Municipality);

    [Fact]
    public void Parse_RegionOnly_IsNotAMunicipality()
    {
        var report = ReportTextParser.Parse("Відділ працював у тісній співпраці з Одеською обласною адміністрацією та Одеської області загалом.");

        Assert.Equal(string.Empty, report.Municipality);
        Assert.Contains(report.Warnings, w => w.Code == ParseWarningCodes.MunicipalityNotFound);
    }

    [Fact]
    public void Parse_NameOnlyFromTheCouncilAdjective_AsksToCheckIt()
    {
        var report = ReportTextParser.Parse("Відділ виконавчого комітету Теплодарської міської ради працював за планом.");

        Assert.Equal("Теплодар", report.Municipality);
        var warning = Assert.Single(report.Warnings, w => w.Code == ParseWarningCodes.MunicipalityDerived);
        Assert.Equal(["Теплодар", "Теплодарської"], warning.Arguments);
    }
}
