using System.Reflection;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>
/// The English messages are the Cli's and the API's contract: they stay word for word what they were before the
/// warnings had codes, and every code has a factory that writes its message.
/// </summary>
public sealed class ParseWarningTests
{
    public static TheoryData<ParseWarning, string, string[], string> Warnings() => new()
    {
        { ParseWarning.NotUtf8("windows-1251"), ParseWarningCodes.NotUtf8, ["windows-1251"], "The text is not UTF-8; it was read as windows-1251." },
        { ParseWarning.TooLong(1_000_000), ParseWarningCodes.TooLong, ["1000000"], "The text is longer than 1000000 characters: only the beginning was read." },
        { ParseWarning.UndecodableBytes(), ParseWarningCodes.UndecodableBytes, [], "Some bytes could not be decoded and show as «\uFFFD»." },
        { ParseWarning.Empty(), ParseWarningCodes.Empty, [], "The text is empty." },
        { ParseWarning.LanguageUnknown(), ParseWarningCodes.LanguageUnknown, [], "The language could not be recognised; Russian is assumed." },
        { ParseWarning.SectionNotImported("Опыт коллег"), ParseWarningCodes.SectionNotImported, ["Опыт коллег"], "The section «Опыт коллег» (colleagues' experience) was not imported." },
        { ParseWarning.MunicipalityNotFound(), ParseWarningCodes.MunicipalityNotFound, [], "Municipality not found: enter it by hand." },
        { ParseWarning.MunicipalityDerived("Теплодар", "Теплодарської"), ParseWarningCodes.MunicipalityDerived, ["Теплодар", "Теплодарської"], "Municipality «Теплодар» was derived from «Теплодарської»: check the name." },
        { ParseWarning.YearAssumedFromPlan(2020, 2021), ParseWarningCodes.YearAssumedFromPlan, ["2020", "2021"], "The reporting year was not stated; 2020 is assumed from the tasks for 2021." },
        { ParseWarning.YearNotFound(), ParseWarningCodes.YearNotFound, [], "The reporting year was not found." },
        { ParseWarning.FreeForm(), ParseWarningCodes.FreeForm, [], "No questionnaire headings found: the text was read as a free-form report." },
        { ParseWarning.NoTasksSection(), ParseWarningCodes.NoTasksSection, [], "No section with next year's tasks was found." },
        { ParseWarning.TasksHeadingWithoutYear(), ParseWarningCodes.TasksHeadingWithoutYear, [], "The tasks heading names no year." },
        { ParseWarning.TooManyFigures(1000), ParseWarningCodes.TooManyFigures, ["1000"], "More than 1000 figures: only the first 1000 were kept." },
        {
            ParseWarning.SeveralReports(5, "Северск"), ParseWarningCodes.SeveralReports, ["5", "Северск"],
            "The text holds 5 reports (a compilation): only the first, Северск, was read. Split it into one draft per city (import split, POST /api/v1/imports/split, or the import page)."
        },
    };

    [Theory]
    [MemberData(nameof(Warnings))]
    public void Factory_GivesTheCodeTheArgumentsAndTheEnglishMessage(ParseWarning warning, string code, string[] arguments, string message)
    {
        Assert.Equal(code, warning.Code);
        Assert.Equal(arguments, warning.Arguments);
        Assert.Equal(message, warning.Message);
    }

    [Fact]
    public void EveryCode_HasAFactory_AndNamesItself()
    {
        var constants = typeof(ParseWarningCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var tested = Warnings().Select(row => ((ParseWarning)row[0]).Code).ToHashSet();

        Assert.All(constants, c => Assert.Equal(c.Key, c.Value));
        Assert.Equal(constants.Values.Order(StringComparer.Ordinal), tested.Order(StringComparer.Ordinal));
    }
}
