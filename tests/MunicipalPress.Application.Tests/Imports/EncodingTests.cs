using System.Text;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>The same report saved the ways Word and mail clients save it reads the same.</summary>
public sealed class EncodingTests
{
    private const string Russian =
        "ОМСК\n\nЧто наиболее значительное удалось сделать в области информационной политики в 2019 году\n\n"
        + "Размещено 1 450 пресс-релизов и 230 фоторепортажей, подписчиков стало 31 200.\n\n"
        + "Какие задачи стоят в 2020 году\n\nЗапустить новый сайт.\n";

    private const string Ukrainian =
        "Звіт про роботу відділу інформаційної політики виконавчого комітету Ніжинської міської ради за 2019 рік\n\n"
        + "На офіційному сайті оприлюднено 1 450 матеріалів, з них 380 новин; отримано 52 запити на публічну інформацію.\n";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "utf-8" },
        { "utf-8-bom", "utf-8" },
        { "utf-16le-bom", "utf-16" },
        { "utf-16be-bom", "utf-16BE" },
        { "utf-16le", "utf-16" },
        { "utf-16be", "utf-16BE" },
        { "windows-1251", "windows-1251" },
        { "koi8-u", "koi8-u" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Parse_RussianReportInAnyEncoding_ReadsTheSame(string encoding, string detected)
    {
        var expected = ReportTextParser.Parse(Russian);

        var report = ReportTextParser.Parse(Encode(Russian, encoding));

        Assert.Equal(detected, report.SourceEncoding);
        Assert.Equal("Омск", report.Municipality);
        Assert.Equal(2019, report.Year);
        Assert.Equal(2020, report.PlanYear);
        Assert.Equal(expected.Indicators.Select(f => (f.Value, f.Code)), report.Indicators.Select(f => (f.Value, f.Code)));
        Assert.Equal(3, report.Indicators.Count);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Parse_UkrainianReportInAnyEncoding_ReadsTheSame(string encoding, string detected)
    {
        var report = ReportTextParser.Parse(Encode(Ukrainian, encoding));

        Assert.Equal(detected, report.SourceEncoding);
        Assert.Equal("uk", report.Language);
        Assert.Equal("Ніжин", report.Municipality);
        Assert.Equal(
            [(1450m, "website_materials"), (380m, "website_news"), (52m, "info_requests")],
            report.Indicators.Select(f => (f.Value, f.Code ?? "")).ToArray());
    }

    [Fact]
    public void Parse_NotUtf8_SaysWhichEncodingWasUsed()
    {
        var report = ReportTextParser.Parse(Encode(Russian, "windows-1251"));

        var warning = Assert.Single(report.Warnings, w => w.Code == ParseWarningCodes.NotUtf8);
        Assert.Equal(["windows-1251"], warning.Arguments);
        Assert.Equal("The text is not UTF-8; it was read as windows-1251.", warning.Message);
    }

    [Fact]
    public void Parse_DecomposedLetters_AreComposed()
    {
        var report = ReportTextParser.Parse("Звіт виконавчого комітету Ніжинської міської ради за 2019 рік\n\nОтримано 5 запитів на публічну інформацію.\n"
            .Replace("ї", "і\u0308", StringComparison.Ordinal));

        Assert.Contains("ї", report.Text, StringComparison.Ordinal);
        Assert.Equal("info_requests", Assert.Single(report.Indicators).Code);
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        "windows-1251" => Encoding.GetEncoding(1251).GetBytes(text),
        "koi8-u" => Encoding.GetEncoding(21866).GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
