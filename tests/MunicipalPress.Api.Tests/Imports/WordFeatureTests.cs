using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MunicipalPress.Application.Imports;
using MunicipalPress.Infrastructure.Documents;

namespace MunicipalPress.Api.Tests.Imports;

/// <summary>
/// A Word report with everything Word puts in one: heading styles, a long bold heading, a table of figures by
/// year, a text box (in DrawingML with its VML copy), a footnote, tracked changes and a numbered list under the
/// tasks question. Written here in the project's own words.
/// </summary>
public sealed class WordFeatureTests
{
    private const string Deleted = "устаревшие сведения ";
    private const string TextBox = "Врезка: мнения читателей собраны в опросе на сайте.";
    private const string LongHeading = "Информационное сопровождение городских праздников, выборов и крупных строек в течение всего года";

    [Fact]
    public async Task Docx_HeadingsTableTextBoxFootnoteTrackedChangesAndTasks()
    {
        var parsed = await ImportService.ParseFileAsync(new ReportDocumentReader(), Build(), "Омск.docx");

        Assert.Equal(("Омск", 2015, 2016), (parsed.Municipality, parsed.Year!.Value, parsed.PlanYear!.Value));
        Assert.Equal(["Работа с журналистами", LongHeading], parsed.Achievements.Select(a => a.Direction).Distinct().ToList());

        // The year table: this year's column is the value, last year's is kept beside it.
        var releases = Assert.Single(parsed.Indicators, i => i.Code == "press_releases");
        Assert.Equal((2104m, 1870m), (releases.Value, releases.PreviousValue!.Value));
        Assert.Equal("2 104", parsed.Text.Substring(releases.Start, releases.Length));
        var photos = Assert.Single(parsed.Indicators, i => i.Label == "Фоторепортажи");
        Assert.Equal((120m, 95m), (photos.Value, photos.PreviousValue!.Value));
        // The table's rows are figures, not achievements; the text's own figure is still there.
        Assert.DoesNotContain(parsed.Achievements, a => a.Text.Contains("Фоторепортажи", StringComparison.Ordinal));
        Assert.Contains(parsed.Indicators, i => i.Value == 36);

        // The text box once (not again from its VML copy); the deletion and the footnote not at all.
        Assert.Single(parsed.Achievements, a => a.Text.Contains(TextBox, StringComparison.Ordinal));
        Assert.Equal(parsed.Text.IndexOf(TextBox, StringComparison.Ordinal), parsed.Text.LastIndexOf(TextBox, StringComparison.Ordinal));
        Assert.DoesNotContain(Deleted.Trim(), parsed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Сноска", parsed.Text, StringComparison.Ordinal);
        Assert.Contains(parsed.Achievements, a => a.Text.Contains("брифингов для городских и районных редакций.", StringComparison.Ordinal));

        Assert.Equal(
            ["Запустить новостную рассылку для жителей.", "Обновить раздел сайта об открытых данных."],
            parsed.PlannedTasks.Select(t => t.Text).ToList());
    }

    private static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 })) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
                new Style(new StyleName { Val = "heading 2" }, new StyleParagraphProperties(new OutlineLevel { Val = 1 })) { Type = StyleValues.Paragraph, StyleId = "Heading2" },
                new Style(new StyleName { Val = "heading 3" }, new BasedOn { Val = "Heading2" }) { Type = StyleValues.Paragraph, StyleId = "Heading3" });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1)" }) { LevelIndex = 0 }) { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 3 });
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new Text("Сноска: по данным редакций.")))) { Id = 1 });

            static Paragraph Styled(string style, string text) =>
                new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));
            static Run R(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(new Paragraph(R(c)))));

            var body = new Body(
                Styled("Heading1", "ОМСК"),
                Styled("Heading2", "Что наиболее значительное удалось сделать в 2015 году"),
                Styled("Heading3", "Работа с журналистами"),
                new Paragraph(
                    R("Пресс-служба провела "),
                    new DeletedRun(new Run(new DeletedText(Deleted) { Space = SpaceProcessingModeValues.Preserve })) { Id = "1", Author = "А" },
                    R("14 брифингов для "),
                    new InsertedRun(R("городских и районных ")) { Id = "2", Author = "А" },
                    R("редакций."),
                    new Run(new FootnoteReference { Id = 1 })),
                new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingId { Val = 0 })), R("Главное за год собрано в таблице.")),
                new Paragraph(TextBoxXml),
                new Table(
                    new TableProperties(new TableBorders()),
                    Row("Показатель", "2014", "2015"),
                    Row("Пресс-релизы", "1 870", "2 104"),
                    Row("Фоторепортажи", "95", "120")),
                new Paragraph(new Run(new RunProperties(new Bold()), new Text(LongHeading))),
                new Paragraph(R("Подготовлено 36 видеосюжетов о ремонте дорог.")),
                Styled("Heading2", "Какие задачи стоят в 2016 году"),
                new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 3 })), R("Запустить новостную рассылку для жителей.")),
                new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 3 })), R("Обновить раздел сайта об открытых данных.")));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A text box as Word writes it: the DrawingML shape, and a VML copy for old readers.</summary>
    private const string TextBoxXml =
        "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:v=\"urn:schemas-microsoft-com:vml\">"
        + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:inline><wp:extent cx=\"1800000\" cy=\"600000\"/><wp:docPr id=\"1\" name=\"Врезка\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx><w:txbxContent>"
        + "<w:p><w:r><w:t>" + TextBox + "</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>" + TextBox + "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        + "</mc:AlternateContent></w:r></w:p>";
}
