using System.Text;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>No input makes the parser throw; broken input gives a result with warnings.</summary>
public sealed class RobustnessTests
{
    private const int FigureExtractorLimit = 1000;

    private const string Alphabet =
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґІЇЄҐabcXYZ0123456789"
        + "0123456789 \u00A0\u202F\n\n\r\t.,;:!?-–—«»\"'’()[]/%№+*•…\uFFFD\u0306\u0308\uD800\uDC00";

    [Fact]
    public void Parse_RandomBytes_NeverThrows()
    {
        var random = new Random(20240601);
        for (var i = 0; i < 400; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);

            var report = ReportTextParser.Parse(bytes);

            Assert.NotNull(report.Municipality);
            Assert.All(report.Indicators, f => Assert.InRange(f.Start + f.Length, 0, report.Text.Length));
        }
    }

    [Fact]
    public void Parse_RandomTextFromReportCharacters_NeverThrows()
    {
        var random = new Random(7);
        for (var i = 0; i < 400; i++)
        {
            var chars = new char[random.Next(0, 4000)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            var report = ReportTextParser.Parse(text);
            Assert.All(report.Indicators, f => Assert.InRange(f.Start + f.Length, 0, report.Text.Length));
            ReportTextParser.Parse(Encoding.UTF8.GetBytes(text));
        }
    }

    [Fact]
    public void Parse_RandomWordSoup_NeverThrows()
    {
        string[] words =
        [
            "ТОМСК", "Направление", "«СМИ»", "Какие", "задачи", "стоят", "в", "2020", "году", "более", "1 200",
            "тыс.", "-", ":", ";", "№", "422-р", "01.01.2017", "пресс-релизов", "подписчиков", "\n", "\n\n", "1.",
            "•", "(", ")", "с", "до", "на начало", "11-ти", "%", "Что наиболее значительное удалось сделать",
            "міської ради", "Теплодарської", "города", "Алейска", "и", "2,5", "около", "человек",
        ];
        var random = new Random(42);
        for (var i = 0; i < 300; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 400)).Select(_ => words[random.Next(words.Length)]));

            var report = ReportTextParser.Parse(text);

            Assert.All(report.Indicators, f => Assert.False(string.IsNullOrEmpty(f.SourceText)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("\t \u00A0 \r\n")]
    [InlineData("....,,,;;;!!!???---«»«»")]
    [InlineData("\uFEFF")]
    [InlineData("\uD800")]
    [InlineData("\uDC00abc\uD800")]
    [InlineData("1")]
    [InlineData("2021")]
    [InlineData("1 2 3 4 5 6 7 8 9 10")]
    [InlineData("«««««««««««««««««««««««« 5 пресс-релизов")]
    [InlineData("»»»»»»»»»»»»» 5 пресс-релизов")]
    [InlineData("- 5")]
    [InlineData(": 5 -")]
    [InlineData("№")]
    [InlineData("5-")]
    [InlineData("5 тыс.")]
    [InlineData("99999999999999999999999999999999999 пресс-релизов")]
    [InlineData("1,99999999999999999999999 тыс.")]
    [InlineData("Какие задачи стоят в 2020 году")]
    [InlineData("Направление «СМИ»")]
    [InlineData("ТОМСК")]
    public void Parse_EdgeCases_NeverThrow(string text)
    {
        var report = ReportTextParser.Parse(text);

        Assert.NotNull(report.Warnings);
        Assert.True(report.Language is "ru" or "uk");
    }

    [Fact]
    public void Parse_Null_IsEmpty()
    {
        Assert.Contains(ParseWarningCodes.Empty, Codes(ReportTextParser.Parse((string?)null)));
        Assert.Contains(ParseWarningCodes.Empty, Codes(ReportTextParser.Parse((byte[]?)null)));
        Assert.Contains(ParseWarningCodes.Empty, Codes(ReportTextParser.Parse(ReadOnlySpan<byte>.Empty)));
    }

    [Fact]
    public void Parse_Empty_WarnsAndReturnsNothing()
    {
        var report = ReportTextParser.Parse(string.Empty);

        Assert.Equal(string.Empty, report.Municipality);
        Assert.Null(report.Year);
        Assert.Empty(report.Achievements);
        Assert.Empty(report.Indicators);
        Assert.NotEmpty(report.Warnings);
    }

    [Fact]
    public void Parse_FiveMegabytesOfText_IsCutWithAWarning()
    {
        var paragraph = "Отдел подготовил 120 пресс-релизов и провел 14 пресс-подходов, а в 2019 году открыл новый раздел сайта.\n\n";
        var builder = new StringBuilder();
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append(paragraph);
        }

        var report = ReportTextParser.Parse(builder.ToString());

        var warning = Assert.Single(report.Warnings, w => w.Code == ParseWarningCodes.TooLong);
        Assert.Equal(["1000000"], warning.Arguments);
        Assert.Equal(2, report.Indicators.Count);
    }

    [Fact]
    public void Parse_OnlyNumbers_KeepsAtMostTheLimitAndWarns()
    {
        var text = string.Join(' ', Enumerable.Range(1, 200_000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var report = ReportTextParser.Parse(text);

        Assert.True(report.Indicators.Count <= FigureExtractorLimit);
        Assert.NotEmpty(report.Warnings);
    }

    [Fact]
    public void Parse_MoreFiguresThanTheLimit_KeepsTheFirstAndSaysHowMany()
    {
        var text = string.Join(' ', Enumerable.Range(1, FigureExtractorLimit + 50).Select(n => $"Подготовлено {n + 100} пресс-релизов."));

        var report = ReportTextParser.Parse(text);

        Assert.Equal(FigureExtractorLimit, report.Indicators.Count);
        var warning = Assert.Single(report.Warnings, w => w.Code == ParseWarningCodes.TooManyFigures);
        Assert.Equal(["1000"], warning.Arguments);
    }

    [Fact]
    public void Parse_OneHugeNumber_IsNotAFigure()
    {
        var report = ReportTextParser.Parse(new string('7', 500_000) + " пресс-релизов");

        Assert.Empty(report.Indicators);
    }

    [Fact]
    public void Parse_OnlyPunctuation_WarnsEmpty()
    {
        var report = ReportTextParser.Parse(new string('.', 100_000) + new string('«', 1000) + new string('-', 1000));

        Assert.Contains(ParseWarningCodes.Empty, Codes(report));
    }

    private static IEnumerable<string> Codes(ParsedReport report) => report.Warnings.Select(w => w.Code);

    [Fact]
    public void Parse_InvalidUtf8_FallsBackToASingleByteEncoding()
    {
        byte[] bytes = [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE, 0xFD];

        var report = ReportTextParser.Parse(bytes);

        Assert.NotEqual("utf-8", report.SourceEncoding);
    }

    [Fact]
    public void Parse_DeeplyRepeatedHeadings_NeverThrowsAndYieldsNoEmptyEntries()
    {
        var builder = new StringBuilder("ТОМСК\n\n");
        for (var i = 0; i < 5000; i++)
        {
            builder.Append("Что наиболее значительное удалось сделать в 2019 году\nНаправление «СМИ»\nКакие задачи стоят в 2020 году\n");
        }

        builder.Append("Направление «Сайт»\n\nРазмещено 40 новостей на сайте.\n");

        var report = ReportTextParser.Parse(builder.ToString());

        Assert.Equal(2019, report.Year);
        Assert.Equal(2020, report.PlanYear);
        Assert.All(report.Achievements, a => Assert.False(string.IsNullOrWhiteSpace(a.Text)));
        Assert.All(report.PlannedTasks, t => Assert.False(string.IsNullOrWhiteSpace(t.Text)));
    }

    [Fact]
    public void Parse_LongLinesWithoutBreaks_NeverThrows()
    {
        var line = string.Concat(Enumerable.Repeat("обращений главы - 5; ", 50_000));

        var report = ReportTextParser.Parse(line);

        Assert.NotNull(report.Indicators);
    }
}
