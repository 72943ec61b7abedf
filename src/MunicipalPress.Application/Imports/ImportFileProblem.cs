namespace MunicipalPress.Application.Imports;

public enum ImportFileProblem
{
    Empty,
    TooLarge,

    /// <summary>A file type the import does not read (a spreadsheet, an image, …).</summary>
    NotPlainText,

    /// <summary>A .docx, .odt, .pdf or .rtf whose content is not what its name or first bytes say: truncated, damaged or renamed.</summary>
    Damaged,

    /// <summary>A PDF without a text layer: a scan, pages of pictures.</summary>
    NoTextLayer,

    /// <summary>A password-protected (encrypted) document.</summary>
    Encrypted,

    /// <summary>A Word 97–2003 .doc while LibreOffice, which converts it, is not installed.</summary>
    LegacyWordWithoutConverter,

    /// <summary>LibreOffice was there but could not convert the .doc (damaged, or it took too long).</summary>
    ConversionFailed,
}
