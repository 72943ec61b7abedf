namespace MunicipalPress.Application.Imports;

/// <summary>
/// What the import accepts, the same for the API, the page and the Cli: plain text (.txt, text/plain) up to
/// <see cref="MaxBytes"/>, and Word (.docx, .doc), OpenDocument (.odt), RTF and PDF files up to
/// <see cref="MaxDocumentBytes"/>. A document is larger than its text: Word keeps pictures, fonts and styles in the
/// file, and a PDF embeds its fonts, so a few pages of text are often 1–10 MB. The format is told by the first
/// bytes, then by the name, so a renamed file is read as what it is.
/// </summary>
public static class ImportFileRules
{
    /// <summary>A yearly report is a few pages of text; anything much bigger is the wrong file.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>A document with pictures and embedded fonts; also the cap for reading any upload.</summary>
    public const int MaxDocumentBytes = 20 * 1024 * 1024;

    /// <summary>What the file inputs offer (the page's accept attribute).</summary>
    public const string AcceptedExtensions = ".txt,.docx,.docm,.doc,.odt,.rtf,.pdf";

    // The container of .doc (and of old .xls/.ppt) files.
    private static readonly byte[] OleCompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, ReportFileFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = ReportFileFormat.Text,
        [".docx"] = ReportFileFormat.Docx,
        [".docm"] = ReportFileFormat.Docx,
        [".doc"] = ReportFileFormat.Doc,
        [".odt"] = ReportFileFormat.Odt,
        [".rtf"] = ReportFileFormat.Rtf,
        [".pdf"] = ReportFileFormat.Pdf,
    };

    private static readonly Dictionary<string, ReportFileFormat> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/plain"] = ReportFileFormat.Text,
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ReportFileFormat.Docx,
        ["application/msword"] = ReportFileFormat.Doc,
        ["application/vnd.oasis.opendocument.text"] = ReportFileFormat.Odt,
        ["application/rtf"] = ReportFileFormat.Rtf,
        ["text/rtf"] = ReportFileFormat.Rtf,
        ["application/pdf"] = ReportFileFormat.Pdf,
    };

    /// <summary>The file's name and declared type, before reading it: a known extension, or no extension and a known type.</summary>
    public static ImportFileProblem? CheckType(string? fileName, string? contentType)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty);
        if (extension.Length > 0)
        {
            return Extensions.ContainsKey(extension) ? null : ImportFileProblem.NotPlainText;
        }

        return FormatOfContentType(contentType) is null ? ImportFileProblem.NotPlainText : null;
    }

    /// <summary>True for the content types of a request body the import reads as a whole file (text/plain, application/pdf, …).</summary>
    public static ReportFileFormat? FormatOfContentType(string? contentType) =>
        contentType is not null && ContentTypes.TryGetValue(contentType.Split(';')[0].Trim(), out var format) ? format : null;

    /// <summary>
    /// What the bytes are: their signature decides (%PDF, {\rtf, the OLE container of .doc, a zip with the
    /// OpenDocument mimetype or any other zip as .docx); bytes without a signature are what the name says, text
    /// when the name says nothing. A random file named .docx is then a .docx the reader finds damaged.
    /// </summary>
    public static ReportFileFormat DetectFormat(string? fileName, ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return ReportFileFormat.Pdf;
        }

        if (content.StartsWith("{\\rtf"u8))
        {
            return ReportFileFormat.Rtf;
        }

        if (content.StartsWith(OleCompoundFile))
        {
            return ReportFileFormat.Doc;
        }

        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            // An OpenDocument package starts with its uncompressed «mimetype» entry; any other zip is a .docx.
            var isOdt = head.IndexOf("application/vnd.oasis.opendocument"u8) >= 0
                || Path.GetExtension(fileName ?? string.Empty).Equals(".odt", StringComparison.OrdinalIgnoreCase);
            return isOdt ? ReportFileFormat.Odt : ReportFileFormat.Docx;
        }

        var extension = Path.GetExtension(fileName ?? string.Empty);
        return Extensions.TryGetValue(extension, out var byName) ? byName : ReportFileFormat.Text;
    }

    /// <summary>The bytes, once read (and known to be within <see cref="MaxDocumentBytes"/>), of a file of unknown name.</summary>
    public static ImportFileProblem? CheckContent(ReadOnlySpan<byte> content) => CheckContent(null, content);

    /// <summary>The bytes, once read: empty, or over the limit of their format.</summary>
    public static ImportFileProblem? CheckContent(string? fileName, ReadOnlySpan<byte> content)
    {
        var format = DetectFormat(fileName, content);
        if (content.Length > (format == ReportFileFormat.Text ? MaxBytes : MaxDocumentBytes))
        {
            return ImportFileProblem.TooLarge;
        }

        if (format != ReportFileFormat.Text)
        {
            return content.IsEmpty ? ImportFileProblem.Empty : null;
        }

        // Whitespace, NULs of UTF-16 and byte-order marks only.
        foreach (var b in content)
        {
            if (b is not (0x20 or 0x09 or 0x0A or 0x0D or 0x00 or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF))
            {
                return null;
            }
        }

        return ImportFileProblem.Empty;
    }

    public static bool IsPlainText(string? contentType) => FormatOfContentType(contentType) == ReportFileFormat.Text;

    public static string Describe(ImportFileProblem problem) => problem switch
    {
        ImportFileProblem.Empty => "The report is empty: send the text of the report, or a file with it (.txt, .docx, .odt, .pdf).",
        ImportFileProblem.TooLarge =>
            $"The report is too large: a text file may have {MaxBytes / (1024 * 1024)} MB, a document {MaxDocumentBytes / (1024 * 1024)} MB. "
            + "A yearly report is a few pages: check that this is the right file.",
        ImportFileProblem.Damaged =>
            "The file cannot be read: it is damaged, cut short, or not the kind of document its name says. "
            + "Open it in Word and save it again as .docx, or save it as plain text (.txt).",
        ImportFileProblem.NoTextLayer =>
            "The PDF has no text, only pictures of pages (a scan). Import the report's Word file, or a PDF saved from Word; "
            + "a scan has to be recognised (OCR) first.",
        ImportFileProblem.Encrypted => "The document is protected by a password. Save a copy without the password and import that.",
        ImportFileProblem.LegacyWordWithoutConverter =>
            "This is an old Word document (.doc), which this server cannot read. Open it in Word (or LibreOffice), "
            + "choose File → Save As → Word Document (.docx), and import the .docx.",
        ImportFileProblem.ConversionFailed =>
            "The old Word document (.doc) could not be converted. Open it in Word (or LibreOffice), "
            + "choose File → Save As → Word Document (.docx), and import the .docx.",
        _ => "This kind of file cannot be imported: send a .txt, .docx, .doc, .odt, .rtf or .pdf file, or a text/plain body.",
    };
}
