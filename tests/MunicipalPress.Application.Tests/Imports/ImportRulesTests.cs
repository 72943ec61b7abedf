using System.Text;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>What the import accepts (files) and how a report's city name is found among the portal's.</summary>
public sealed class ImportRulesTests
{
    [Theory]
    [InlineData("Благовещенск", "благовещенск")]
    [InlineData("  БЛАГОВЕЩЕНСК ", "благовещенск")]
    [InlineData("Алёйск", "алейск")]
    [InlineData("г. Хабаровск", "хабаровск")]
    [InlineData("город  Хабаровск", "хабаровск")]
    [InlineData("ЗАТО Северск", "северск")]
    [InlineData("Комсомольск – на – Амуре", "комсомольск-на-амуре")]
    [InlineData("«Улан-Удэ»", "улан-удэ")]
    [InlineData("місто Теплодар", "теплодар")]
    [InlineData("Кам’янське", "кам'янське")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalise_IgnoresCaseYoQuotesDashesAndCityWords(string? name, string expected) =>
        Assert.Equal(expected, MunicipalityNameMatcher.Normalise(name));

    [Fact]
    public void FindAll_MatchesNormalisedNames_NoneForAnEmptyName()
    {
        string[] names = ["Северск", "Алейск", "Комсомольск-на-Амуре", "Город"];

        Assert.Equal(["Комсомольск-на-Амуре"], MunicipalityNameMatcher.FindAll("КОМСОМОЛЬСК-НА-АМУРЕ", names, n => n));
        Assert.Equal(["Северск"], MunicipalityNameMatcher.FindAll("ЗАТО Северск", names, n => n));
        Assert.Empty(MunicipalityNameMatcher.FindAll("", names, n => n));
        Assert.Empty(MunicipalityNameMatcher.FindAll("Томск", names, n => n));
    }

    [Theory]
    [InlineData("report.txt", null, null)]
    [InlineData("REPORT.TXT", "application/octet-stream", null)]
    [InlineData("report", "text/plain; charset=windows-1251", null)]
    [InlineData("Отчёт.docx", "text/plain", null)]
    [InlineData("Отчёт.doc", null, null)]
    [InlineData("report.rtf", null, null)]
    [InlineData("report.odt", null, null)]
    [InlineData("report.pdf", null, null)]
    [InlineData("report", "application/pdf", null)]
    [InlineData("scan.png", "image/png", ImportFileProblem.NotPlainText)]
    [InlineData("report.xlsx", null, ImportFileProblem.NotPlainText)]
    [InlineData("figures.csv", "text/csv", ImportFileProblem.NotPlainText)]
    [InlineData("report", "application/json", ImportFileProblem.NotPlainText)]
    [InlineData(null, null, ImportFileProblem.NotPlainText)]
    public void CheckType_TextAndDocumentsByNameOrType_NothingElse(string? name, string? contentType, ImportFileProblem? expected) =>
        Assert.Equal(expected, ImportFileRules.CheckType(name, contentType));

    [Fact]
    public void CheckContent_EmptyOversizedAndDocumentsInDisguise()
    {
        Assert.Equal(ImportFileProblem.Empty, ImportFileRules.CheckContent([]));
        Assert.Equal(ImportFileProblem.Empty, ImportFileRules.CheckContent("\uFEFF \r\n\t"u8));
        Assert.Equal(ImportFileProblem.Empty, ImportFileRules.CheckContent(Encoding.Unicode.GetBytes("\uFEFF  \n")));
        Assert.Equal(ImportFileProblem.TooLarge, ImportFileRules.CheckContent(new byte[ImportFileRules.MaxBytes + 1]));
        Assert.Null(ImportFileRules.CheckContent("PK\u0003\u0004word/"u8));
        Assert.Null(ImportFileRules.CheckContent([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]));
        Assert.Null(ImportFileRules.CheckContent("%PDF-1.7"u8));
        Assert.Null(ImportFileRules.CheckContent("{\\rtf1\\ansi"u8));
        // A document may be larger than a text: pictures and fonts travel in the file.
        var bigPdf = new byte[ImportFileRules.MaxBytes + 1];
        "%PDF-1.7"u8.CopyTo(bigPdf);
        Assert.Null(ImportFileRules.CheckContent(bigPdf));
        var tooBigPdf = new byte[ImportFileRules.MaxDocumentBytes + 1];
        "%PDF-1.7"u8.CopyTo(tooBigPdf);
        Assert.Equal(ImportFileProblem.TooLarge, ImportFileRules.CheckContent(tooBigPdf));
        Assert.Null(ImportFileRules.CheckContent("АЛЕЙСК"u8));
        Assert.Null(ImportFileRules.CheckContent(Encoding.Unicode.GetBytes("АЛЕЙСК")));
    }

    [Theory]
    [InlineData("report.docx", "PK\u0003\u0004[Content_Types].xml", ReportFileFormat.Docx)]
    [InlineData("report.odt", "PK\u0003\u0004", ReportFileFormat.Odt)]
    [InlineData("report.txt", "PK\u0003\u0004 mimetypeapplication/vnd.oasis.opendocument.text", ReportFileFormat.Odt)]
    [InlineData("report.txt", "%PDF-1.4", ReportFileFormat.Pdf)]
    [InlineData(null, "{\\rtf1\\ansi", ReportFileFormat.Rtf)]
    [InlineData("report.docx", "just some text renamed", ReportFileFormat.Docx)]
    [InlineData("report.pdf", "not a pdf", ReportFileFormat.Pdf)]
    [InlineData(null, "АЛЕЙСК", ReportFileFormat.Text)]
    [InlineData("report.txt", "АЛЕЙСК", ReportFileFormat.Text)]
    public void DetectFormat_SignatureFirstThenName(string? name, string content, ReportFileFormat expected) =>
        Assert.Equal(expected, ImportFileRules.DetectFormat(name, Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void DetectFormat_LegacyWordByItsContainer() =>
        Assert.Equal(ReportFileFormat.Doc, ImportFileRules.DetectFormat("report.txt", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]));

    [Fact]
    public void Defaults_FirstValidMatchedFigurePerIndicator_WithItsSentenceAsNote()
    {
        var longSentence = new string('а', 2500);
        var preview = new ImportPreviewDto(
            "Алейск", 4, MunicipalityMatch.Found, 2018, 2019, "ru",
            [new ParsedAchievement("СМИ", "Текст.")], [new ParsedPlannedTask("Задача.")],
            [
                new ImportPreviewIndicatorDto(11, "сборников", "legal_bulletins", longSentence, 0, 2, null, 9, null),
                new ImportPreviewIndicatorDto(12, "сборников", "legal_bulletins", "Ещё.", 10, 2, null, 9, null),
                new ImportPreviewIndicatorDto(3, "раза", null, "Три раза.", 20, 1, null, null, null),
                new ImportPreviewIndicatorDto(150, "%", "roads_messages_share", "150 %.", 30, 3, null, 8, "must be a percentage between 0 and 100"),
            ],
            [], "text", "utf-8");

        var request = ImportDefaults.ToRequest(preview, 4, 2015);

        var figure = Assert.Single(request.Indicators!);
        Assert.Equal(("legal_bulletins", 9, 11m), (figure.Code, figure.IndicatorId!.Value, figure.Value));
        Assert.Equal(2000, figure.Note!.Length);
        Assert.EndsWith("…", figure.Note, StringComparison.Ordinal);
        Assert.Equal((4, 2015, false), (request.MunicipalityId, request.Year, request.ReplaceExistingContent));
        Assert.Equal([new ImportAchievement("СМИ", "Текст.")], request.Achievements);
    }
}
