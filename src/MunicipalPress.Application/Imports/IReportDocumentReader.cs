namespace MunicipalPress.Application.Imports;

/// <summary>
/// Turns a document (.docx, .pdf, .odt, .rtf, .doc) into the text <see cref="ReportTextParser"/> reads, in the
/// shape <see cref="ReportDocumentComposer"/> writes: paragraphs separated by blank lines, headings and bold
/// stand-alone lines as direction lines, list items as «1. …»/«• …» lines, tables as tab-separated rows.
/// Implemented in Infrastructure (OpenXml, PdfPig, LibreOffice); see ADR 0021.
/// </summary>
public interface IReportDocumentReader
{
    /// <summary>The document's text. Throws <see cref="ImportFileException"/> when the file cannot be read.</summary>
    Task<string> ReadTextAsync(ReportFileFormat format, byte[] data, CancellationToken cancellationToken = default);
}
