namespace MunicipalPress.Application.Imports;

/// <summary>
/// Cuts a compilation (the association's yearly collection, city after city) into the reports it holds. A report
/// starts where a city header («БЛАГОВЕЩЕНСК», «Хабаровск») is followed by the questionnaire's first question or
/// by a report title, or where a report title names its own city and year («Звіт про роботу … Теплодарської
/// міської ради за 2018 рік»). Works on the normalised text, whatever the document it came from: a Word or PDF
/// reader that gives paragraphs as lines gives the same cut.
/// </summary>
internal static class ReportSplitter
{
    private const int MaxTitleLength = 300;

    /// <summary>The reports' texts in order; one text (the whole) when it holds fewer than two reports.</summary>
    public static IReadOnlyList<string> Split(string normalised)
    {
        var lines = TextLine.Split(normalised);
        var starts = Starts(lines);
        if (starts.Count < 2)
        {
            return [normalised];
        }

        var end = End(lines, starts[^1], normalised.Length);
        var reports = new List<string>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var from = lines[starts[k]].Start;
            var to = k + 1 < starts.Count ? lines[starts[k + 1]].Start : end;
            reports.Add(normalised[from..to].TrimEnd());
        }

        return reports;
    }

    /// <summary>
    /// Where the last report ends: at the portal's own digest summary («Основные показатели городов»), whose table
    /// belongs to no city, or at the end of the text.
    /// </summary>
    private static int End(IReadOnlyList<TextLine> lines, int lastStart, int length)
    {
        for (var i = lastStart + 1; i < lines.Count; i++)
        {
            if (Digests.DigestText.SummaryTitles.Contains(lines[i].Text.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return lines[i].Start;
            }
        }

        return length;
    }

    /// <summary>The indexes of the lines that open a report.</summary>
    private static List<int> Starts(IReadOnlyList<TextLine> lines)
    {
        var starts = new List<int>();
        var previousWasHeader = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var next = ReportStructureReader.SkipBlank(lines, i + 1);
            var nextText = next < lines.Count ? lines[next].Text : string.Empty;
            if (line.Text.Length <= 60 && ReportStructureReader.CityHeader(line.Text) is not null
                && nextText.Length > 0
                && ((nextText.Length <= MaxTitleLength && ReportStructureReader.IsAchievementsQuestion(nextText))
                    || IsReportTitle(nextText)))
            {
                starts.Add(i);
                previousWasHeader = true;
                continue;
            }

            if (!previousWasHeader && IsReportTitle(line.Text))
            {
                starts.Add(i);
            }

            previousWasHeader = false;
        }

        return starts;
    }

    /// <summary>«Звіт про роботу … Теплодарської міської ради за 2018 рік»: a title that names a year and a city.</summary>
    private static bool IsReportTitle(string line) =>
        line.Length <= MaxTitleLength
        && line[^1] is not ('.' or ';' or ',' or ':')
        && ReportStructureReader.IsTitle(line)
        && ReportStructureReader.FirstYear(line) is not null
        && MunicipalityFinder.Find(line, ReportLanguageDetector.Detect(line).Language).Name.Length > 0;
}
