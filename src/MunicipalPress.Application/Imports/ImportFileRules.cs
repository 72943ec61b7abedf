namespace MunicipalPress.Application.Imports;

/// <summary>
/// What the import accepts, the same for the API and the page: plain text (.txt, text/plain) up to
/// <see cref="MaxBytes"/>. A yearly report is a few pages; anything much bigger is the wrong file.
/// Word and PDF files are recognised by name and by content, so a renamed .docx is refused with the same advice.
/// </summary>
public static class ImportFileRules
{
    public const int MaxBytes = 2 * 1024 * 1024;

    // The container of .doc (and of old .xls/.ppt) files.
    private static readonly byte[] OleCompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".doc", ".docx", ".docm", ".dot", ".dotx", ".rtf", ".odt", ".pdf",
    };

    /// <summary>The file's name and declared type, before reading it.</summary>
    public static ImportFileProblem? CheckType(string? fileName, string? contentType)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty);
        if (DocumentExtensions.Contains(extension))
        {
            return ImportFileProblem.WordDocument;
        }

        if (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return extension.Length == 0 && IsPlainText(contentType) ? null : ImportFileProblem.NotPlainText;
    }

    /// <summary>The bytes, once read (and known to be within <see cref="MaxBytes"/>).</summary>
    public static ImportFileProblem? CheckContent(ReadOnlySpan<byte> content)
    {
        if (content.Length > MaxBytes)
        {
            return ImportFileProblem.TooLarge;
        }

        if (content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith(OleCompoundFile)
            || content.StartsWith("%PDF-"u8) || content.StartsWith("{\\rtf"u8))
        {
            return ImportFileProblem.WordDocument;
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

    public static bool IsPlainText(string? contentType) =>
        contentType is not null
        && contentType.Split(';')[0].Trim().Equals("text/plain", StringComparison.OrdinalIgnoreCase);

    public static string Describe(ImportFileProblem problem) => problem switch
    {
        ImportFileProblem.Empty => "The report text is empty: send the text of the report, or a .txt file with it.",
        ImportFileProblem.TooLarge =>
            $"The report is larger than {MaxBytes / (1024 * 1024)} MB. A yearly report is a few pages of text: check that this is the right file.",
        ImportFileProblem.WordDocument =>
            "Word, RTF and PDF files cannot be read yet. Open the file in Word, save it as plain text "
            + "(File → Save As → Plain Text, .txt), and import the .txt file.",
        _ => "Only plain-text reports can be imported: a .txt file, or a text/plain body.",
    };
}
