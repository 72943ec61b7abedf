namespace MunicipalPress.Application.Imports;

/// <summary>
/// The questionnaire's own lines (its questions and the tasks heading), for the document readers: a line that
/// repeats on many pages of a compilation because every city's section opens with it is the report's structure,
/// not a running header to drop.
/// </summary>
public static class ReportLandmarks
{
    public static bool IsQuestion(string line)
    {
        var trimmed = line.Trim();
        return ReportStructureReader.IsLandmark(trimmed, atTop: false);
    }
}
