using System.Text.RegularExpressions;
using MunicipalPress.Application.Imports;
using MunicipalPress.Infrastructure.Documents;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Imports;

/// <summary>
/// Each seed report written as .docx (headings, bold direction lines, Word lists, a footnote, a tracked insertion
/// and deletion), .odt and a paged .pdf (running header, page numbers, hyphenated line ends), read by the
/// document reader and parsed: the same city, years, language, directions, achievements, tasks and figures as
/// the seed text itself.
/// </summary>
public sealed partial class DocumentImportTests
{
    private static readonly ReportDocumentReader Reader = new();

    public static TheoryData<string> Seeds => new(SeedFiles.All);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Docx_OfEachSeed_ParsesAsTheText(string seed)
    {
        var expected = ReportTextParser.Parse(SeedFiles.Bytes(seed));
        var docx = ReportDocuments.Docx(SeedFiles.Text(seed));

        var parsed = await ImportService.ParseFileAsync(Reader, docx, "report.docx");

        Assert.Equal("docx", parsed.SourceEncoding);
        AssertSameParse(expected, parsed, exactText: true);
        Assert.DoesNotContain(ReportDocuments.DeletedWords.Trim(), parsed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportDocuments.FootnoteText, parsed.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Odt_OfEachSeed_ParsesAsTheText(string seed)
    {
        var expected = ReportTextParser.Parse(SeedFiles.Bytes(seed));

        var parsed = await ImportService.ParseFileAsync(Reader, ReportDocuments.Odt(SeedFiles.Text(seed)), "report.odt");

        Assert.Equal("odt", parsed.SourceEncoding);
        AssertSameParse(expected, parsed, exactText: true);
        Assert.DoesNotContain(ReportDocuments.FootnoteText, parsed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportDocuments.DeletedWords.Trim(), parsed.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Pdf_OfEachSeed_PagedAndHyphenated_ParsesAsTheText(string seed)
    {
        var expected = ReportTextParser.Parse(SeedFiles.Bytes(seed));
        var pdf = ReportDocuments.Pdf(SeedFiles.Text(seed));

        var parsed = await ImportService.ParseFileAsync(Reader, pdf, "report.pdf");

        Assert.Equal("pdf", parsed.SourceEncoding);
        // A PDF keeps no double spaces: the texts are compared with spaces collapsed.
        AssertSameParse(expected, parsed, exactText: false);
        Assert.DoesNotContain(ReportDocuments.RunningHeader, parsed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Страница", parsed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_TheLayoutReallyHasPagesHeadersAndHyphens()
    {
        // The test above means something only if the PDF is what it claims: several pages, lines cut with hyphens.
        var pdf = ReportDocuments.Pdf(SeedFiles.Text(SeedFiles.Khabarovsk));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages");
        var pages = document.GetPages().Select(p => string.Join('\n', p.GetWords().Select(w => w.Text))).ToList();
        Assert.All(pages, p => Assert.Contains("Страница", p, StringComparison.Ordinal));
        Assert.Contains(pages, p => HyphenatedWord().IsMatch(p));
    }

    [Fact]
    public async Task Blagoveshchensk_AsDocxAndPdf_Has2982PressReleasesIn2016()
    {
        foreach (var (bytes, name) in new[]
        {
            (ReportDocuments.Docx(SeedFiles.Text(SeedFiles.Blagoveshchensk)), "Благовещенск.docx"),
            (ReportDocuments.Pdf(SeedFiles.Text(SeedFiles.Blagoveshchensk)), "Благовещенск.pdf"),
        })
        {
            var parsed = await ImportService.ParseFileAsync(Reader, bytes, name);
            Assert.Equal(("Благовещенск", 2016), (parsed.Municipality, parsed.Year!.Value));
            Assert.Equal(2982, Assert.Single(parsed.Indicators, i => i.Code == "press_releases").Value);
        }
    }

    [Fact]
    public async Task ScannedPdf_NoTextLayer_ClearProblem()
    {
        var e = await Assert.ThrowsAsync<ImportFileException>(() => ImportService.ParseFileAsync(Reader, ReportDocuments.ScannedPdf(), "скан.pdf"));

        Assert.Equal(ImportFileProblem.NoTextLayer, e.Problem);
        Assert.Contains("scan", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.docx")]
    [InlineData("report.odt")]
    [InlineData("report.pdf")]
    public async Task RandomBytesOrCutShortFiles_AreDamaged_NeverACrash(string name)
    {
        var random = new byte[4096];
        new Random(11).NextBytes(random);
        var whole = name.EndsWith(".pdf", StringComparison.Ordinal)
            ? ReportDocuments.Pdf(SeedFiles.Text(SeedFiles.Aleysk))
            : name.EndsWith(".odt", StringComparison.Ordinal)
                ? ReportDocuments.Odt(SeedFiles.Text(SeedFiles.Aleysk))
                : ReportDocuments.Docx(SeedFiles.Text(SeedFiles.Aleysk));

        foreach (var bytes in new[] { random, whole[..(whole.Length / 2)], whole[..40] })
        {
            var e = await Assert.ThrowsAsync<ImportFileException>(() => ImportService.ParseFileAsync(Reader, bytes, name));
            Assert.True(e.Problem is ImportFileProblem.Damaged or ImportFileProblem.NoTextLayer, $"{name}: {e.Problem}");
        }
    }

    [Fact]
    public async Task LegacyDoc_WithoutLibreOffice_SaysHowToSaveAsDocx()
    {
        var reader = new ReportDocumentReader(new ReportDocumentReaderOptions { LibreOfficePath = "/nonexistent/soffice" });
        byte[] doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var e = await Assert.ThrowsAsync<ImportFileException>(() => ImportService.ParseFileAsync(reader, doc, "Отчёт.doc"));

        Assert.Equal(ImportFileProblem.LegacyWordWithoutConverter, e.Problem);
        Assert.Contains("Save As → Word Document (.docx)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rtf_PlainReading_CyrillicInCodePageAndUnicode()
    {
        var rtf = System.Text.Encoding.ASCII.GetBytes(
            "{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Times;}}{\\*\\generator Writer;}"
            + "\\pard \\'ce\\'cc\\'d1\\'ca\\par\\par "
            + "\\u1063?\\u1090?\\u1086? \\u1085?\\u1072?\\u1080?\\u1073?\\u1086?\\u1083?\\u1077?\\u1077? \\u1079?\\u1085?\\u1072?\\u1095?\\u1080?\\u1090?\\u1077?\\u1083?\\u1100?\\u1085?\\u1086?\\u1077? "
            + "\\u1091?\\u1076?\\u1072?\\u1083?\\u1086?\\u1089?\\u1100? \\u1089?\\u1076?\\u1077?\\u1083?\\u1072?\\u1090?\\u1100? \\u1074? 2015 \\u1075?\\u1086?\\u1076?\\u1091?\\par\\par "
            + "\\'cf\\'ee\\'e4\\'e3\\'ee\\'f2\\'ee\\'e2\\'eb\\'e5\\'ed\\'ee 120 \\'ef\\'f0\\'e5\\'f1\\'f1-\\'f0\\'e5\\'eb\\'e8\\'e7\\'ee\\'e2.\\par}");

        var parsed = await ImportService.ParseFileAsync(Reader, rtf, "report.rtf");

        Assert.Equal(("Омск", 2015), (parsed.Municipality, parsed.Year!.Value));
        Assert.Equal(120, Assert.Single(parsed.Indicators, i => i.Code == "press_releases").Value);
    }

    internal static void AssertSameParse(ParsedReport expected, ParsedReport actual, bool exactText)
    {
        string T(string s) => exactText ? s : Spaces().Replace(s, " ").Replace(" \n", "\n").Replace("\n ", "\n").Trim();
        Assert.Equal(expected.Municipality, actual.Municipality);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.PlanYear, actual.PlanYear);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(
            expected.Achievements.Select(a => (a.Direction, T(a.Text))).ToList(),
            actual.Achievements.Select(a => (a.Direction, T(a.Text))).ToList());
        Assert.Equal(expected.PlannedTasks.Select(t => T(t.Text)).ToList(), actual.PlannedTasks.Select(t => T(t.Text)).ToList());
        Assert.Equal(
            expected.Indicators.Select(i => (i.Value, i.Code, T(i.Label))).ToList(),
            actual.Indicators.Select(i => (i.Value, i.Code, T(i.Label))).ToList());
        Assert.Equal(
            expected.Warnings.Select(w => w.Code).Where(c => c != ParseWarningCodes.NotUtf8).ToList(),
            actual.Warnings.Select(w => w.Code).ToList());
        Assert.All(actual.Indicators, f => Assert.Contains(f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)[..1], actual.Text.Substring(f.Start, f.Length), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}-\n\p{Ll}")]
    private static partial Regex HyphenatedWord();
}
