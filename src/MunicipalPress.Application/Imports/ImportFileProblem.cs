namespace MunicipalPress.Application.Imports;

public enum ImportFileProblem
{
    Empty,
    TooLarge,

    /// <summary>A Word, RTF, OpenDocument or PDF file: it has to be saved as plain text first.</summary>
    WordDocument,

    NotPlainText,
}
