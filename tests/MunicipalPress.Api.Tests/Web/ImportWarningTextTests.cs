using System.Reflection;
using Microsoft.Extensions.Localization;
using MunicipalPress.Application.Imports;
using MunicipalPress.Web;
using MunicipalPress.Web.Components.Pages.Imports;
using static MunicipalPress.Api.Tests.Web.ResourceTesting;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The import page shows the parser's warnings in the reader's language, with the warning's values in place.</summary>
public sealed class ImportWarningTextTests
{
    public static TheoryData<string> ResourceFiles() => new() { "ImportResource.resx", "ImportResource.uk.resx", "ImportResource.en.resx" };

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EveryWarningCode_HasAResourceKey(string file)
    {
        var keys = Keys(file);

        Assert.All(Codes(), code => Assert.Contains(ImportWarningText.KeyPrefix + code, keys));
    }

    [Theory]
    [InlineData("ru", "Текст не в кодировке UTF-8: он прочитан как windows-1251.")]
    [InlineData("uk", "Текст не в кодуванні UTF-8: його прочитано як windows-1251.")]
    [InlineData("en", "The text is not UTF-8; it was read as windows-1251.")]
    public void Describe_NamesTheEncodingInEachLanguage(string culture, string expected) =>
        WithCulture(culture, () => Assert.Equal(expected, ImportWarningText.Describe(ParseWarning.NotUtf8("windows-1251"), Localizer())));

    [Fact]
    public void Describe_PutsEveryArgumentInItsPlace() =>
        WithCulture("ru", () =>
        {
            Assert.Equal(
                "Отчётный год в тексте не указан; по задачам на 2021 год принят 2020 год.",
                ImportWarningText.Describe(ParseWarning.YearAssumedFromPlan(2020, 2021), Localizer()));
            Assert.Equal(
                "Название муниципалитета «Теплодар» выведено из слова «Теплодарської»: проверьте его.",
                ImportWarningText.Describe(ParseWarning.MunicipalityDerived("Теплодар", "Теплодарської"), Localizer()));
        });

    [Fact]
    public void Describe_InEnglish_IsTheParsersOwnMessage()
    {
        ParseWarning[] warnings =
        [
            ParseWarning.TooLong(1_000_000), ParseWarning.SectionNotImported("Опыт коллег"), ParseWarning.FreeForm(),
            ParseWarning.TooManyFigures(1000), ParseWarning.UndecodableBytes(), ParseWarning.NoTasksSection(),
        ];

        WithCulture("en", () => Assert.All(warnings, w => Assert.Equal(w.Message, ImportWarningText.Describe(w, Localizer()))));
    }

    [Fact]
    public void Describe_UnknownCode_FallsBackToTheEnglishMessage() =>
        WithCulture("ru", () => Assert.Equal(
            "Something new was noticed.",
            ImportWarningText.Describe(new ParseWarning("SomethingNew", [], "Something new was noticed."), Localizer())));

    private static IEnumerable<string> Codes() =>
        typeof(ParseWarningCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

    private static IStringLocalizer Localizer() => ResourceTesting.Localizer<ImportResource>();
}
