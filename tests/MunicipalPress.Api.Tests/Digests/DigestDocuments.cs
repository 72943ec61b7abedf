using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace MunicipalPress.Api.Tests.Digests;

/// <summary>Reads a downloaded digest back the way a reader's program would: Open XML for .docx, PdfPig for .pdf.</summary>
internal static class DigestDocuments
{
    /// <summary>The document's paragraphs (table cells included, one per line), after the package opened and validated.</summary>
    public static List<string> DocxParagraphs(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>
    /// The document as plain text, as Word's "save as text" gives it: a line per paragraph (table cells too), the
    /// visible text only (a field's code, such as the contents' TOC instruction, is not text).
    /// </summary>
    public static string DocxPlainText(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
    }

    /// <summary>The table rows of a .docx as cell texts.</summary>
    public static List<string[]> DocxTableRows(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray())
            .ToList();
    }

    public static (string Text, List<string> Bookmarks) PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var bookmarks = pdf.TryGetBookmarks(out var tree) ? tree.GetNodes().Select(n => n.Title).ToList() : [];
        return (text, bookmarks);
    }
}
