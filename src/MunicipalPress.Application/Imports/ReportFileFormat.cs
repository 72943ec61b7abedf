namespace MunicipalPress.Application.Imports;

/// <summary>What a report file is, by its content first and its name second (<see cref="ImportFileRules.DetectFormat"/>).</summary>
public enum ReportFileFormat
{
    /// <summary>Plain text in any of the encodings <see cref="ReportTextDecoder"/> reads.</summary>
    Text,

    /// <summary>Word 2007 and later (.docx, .docm): a zip of WordprocessingML.</summary>
    Docx,

    /// <summary>A PDF; only one with a text layer can be read.</summary>
    Pdf,

    /// <summary>OpenDocument text (.odt): a zip with content.xml.</summary>
    Odt,

    /// <summary>Rich Text Format.</summary>
    Rtf,

    /// <summary>Word 97–2003 (.doc), read by converting it with LibreOffice when that is installed.</summary>
    Doc,
}
