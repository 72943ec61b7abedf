using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>
/// The name a report gives (any case, the administration's adjective, either language) matched against the
/// catalogue's names; a name that only resembles one is offered, never taken.
/// </summary>
public sealed class MunicipalityCatalogueMatchTests
{
    private static readonly string[] Catalogue =
    [
        "Южноукраїнськ", "Ангарск", "Магадан", "Теплодар", "Благовещенск", "Хабаровск", "Комсомольск-на-Амуре",
        "Петропавловск-Камчатский", "Нижний Новгород", "Артёмовский", "Харків", "Одеса", "Ханты-Мансийск", "Чита",
        "Пермь", "Улан-Удэ", "Кемерово", "Северск", "Новый Уренгой", "Ярославль",
    ];

    [Theory]
    [InlineData("Южноукраїнської міської ради", "Южноукраїнськ")]
    [InlineData("Южноукраїнська міська рада", "Южноукраїнськ")]
    [InlineData("виконавчого комітету Южноукраїнської міської ради", "Южноукраїнськ")]
    [InlineData("Южноукраинска", "Южноукраїнськ")]
    [InlineData("администрации Ангарского городского округа", "Ангарск")]
    [InlineData("Ангарский городской округ", "Ангарск")]
    [InlineData("Ангарского", "Ангарск")]
    [InlineData("мэрии города Магадана", "Магадан")]
    [InlineData("г. Магадан", "Магадан")]
    [InlineData("г.Магадан", "Магадан")]
    [InlineData("города Благовещенска", "Благовещенск")]
    [InlineData("БЛАГОВЕЩЕНСК", "Благовещенск")]
    [InlineData("Теплодарської міської ради", "Теплодар")]
    [InlineData("міста Теплодара", "Теплодар")]
    [InlineData("Комсомольска-на-Амуре", "Комсомольск-на-Амуре")]
    [InlineData("администрации города Петропавловска-Камчатского", "Петропавловск-Камчатский")]
    [InlineData("Ханты-Мансийска", "Ханты-Мансийск")]
    [InlineData("Нижнего Новгорода", "Нижний Новгород")]
    [InlineData("Нового Уренгоя", "Новый Уренгой")]
    [InlineData("Артемовского городского округа", "Артёмовский")]
    [InlineData("Артёмовский", "Артёмовский")]
    [InlineData("Харкова", "Харків")]
    [InlineData("Харківської міської ради", "Харків")]
    [InlineData("Одеської міської ради", "Одеса")]
    [InlineData("Читы", "Чита")]
    [InlineData("Перми", "Пермь")]
    [InlineData("Ярославля", "Ярославль")]
    [InlineData("Улан-Удэ", "Улан-Удэ")]
    [InlineData("Кемерово", "Кемерово")]
    [InlineData("Администрации ЗАТО Северск", "Северск")]
    public void Match_InflectedOrAdjectivalForm_FindsTheCatalogueName(string phrase, string name)
    {
        var (matches, candidates) = MunicipalityNameMatcher.Match(phrase, Catalogue, n => n);

        Assert.Equal([name], matches);
        Assert.Empty(candidates);
    }

    [Theory]
    [InlineData("Благовещенка", "Благовещенск")]
    [InlineData("Хабаровка", "Хабаровск")]
    [InlineData("Магаданск", "Магадан")]
    [InlineData("Ангарь", "Ангарск")]
    public void Match_NearMiss_IsNotTaken_ButOffered(string phrase, string closest)
    {
        var (matches, candidates) = MunicipalityNameMatcher.Match(phrase, Catalogue, n => n);

        Assert.Empty(matches);
        Assert.Equal(closest, candidates[0]);
        Assert.True(candidates.Count <= MunicipalityNameMatcher.MaxCandidates);
    }

    [Fact]
    public void Match_AdjectiveStemTheParserDerived_IsMatchedThroughTheAdjective()
    {
        // «Южноукраїнської міської ради» gives the parser «Южноукраїн»; the adjective it came from settles the name.
        var (alone, _) = MunicipalityNameMatcher.Match("Южноукраїн", Catalogue, n => n);
        var (matches, _) = MunicipalityNameMatcher.Match(["Южноукраїн", "Южноукраїнської"], Catalogue, n => n);

        Assert.Empty(alone);
        Assert.Equal(["Южноукраїнськ"], matches);
    }

    [Fact]
    public void Match_NameFarFromAnyInTheCatalogue_NoMatchAndNoCandidates()
    {
        var (matches, candidates) = MunicipalityNameMatcher.Match("Владивосток", Catalogue, n => n);

        Assert.Empty(matches);
        Assert.Empty(candidates);
    }

    [Fact]
    public void Match_TwoMunicipalitiesOfOneName_BothOffered()
    {
        string[] catalogue = ["Благовещенск", "Благовещенск", "Северск"];

        var (matches, candidates) = MunicipalityNameMatcher.Match("Благовещенска", catalogue, n => n);

        Assert.Equal(2, matches.Count);
        Assert.Equal(2, candidates.Count);
    }

    [Theory]
    [InlineData("Деятельность администрации Ангарского городского округа освещалась в 2019 году.", "Ангарск")]
    [InlineData("Пресс-служба мэрии города Магадана в 2019 году работала в обычном режиме.", "Магадан")]
    public void Parse_AdministrationPhrase_GivesTheNominative(string sentence, string city)
    {
        var report = ReportTextParser.Parse(
            $"Что наиболее значительное удалось сделать в области информационной политики в 2019 году\n\n{sentence}\n");

        Assert.Equal(city, report.Municipality);
    }
}
