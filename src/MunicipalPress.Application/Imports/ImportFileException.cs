namespace MunicipalPress.Application.Imports;

/// <summary>
/// A report file that cannot be read into text (a damaged .docx, a scanned PDF, a .doc without LibreOffice).
/// The API answers 400 with the message under the field «file»; the page shows its own words for <see cref="Problem"/>.
/// </summary>
public sealed class ImportFileException(ImportFileProblem problem, string? detail = null)
    : Exception(detail is null ? ImportFileRules.Describe(problem) : $"{ImportFileRules.Describe(problem)} ({detail})")
{
    public ImportFileProblem Problem { get; } = problem;
}
