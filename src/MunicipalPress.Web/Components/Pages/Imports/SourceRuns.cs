namespace MunicipalPress.Web.Components.Pages.Imports;

/// <summary>
/// Cuts the report's text into plain runs and figure runs, so a page can render the figures as marks with no
/// HTML built from text. Offsets outside the text, empty or overlapping ranges are skipped, never thrown on.
/// </summary>
public static class SourceRuns
{
    public static IReadOnlyList<SourceRun> Split(string text, IReadOnlyList<(int Start, int Length)> figures)
    {
        var runs = new List<SourceRun>();
        var position = 0;
        foreach (var (start, length, index) in figures
                     .Select((f, i) => (f.Start, f.Length, Index: i))
                     .Where(f => f.Length > 0 && f.Start >= 0 && f.Start <= text.Length - f.Length)
                     .OrderBy(f => f.Start))
        {
            if (start < position)
            {
                continue;
            }

            if (start > position)
            {
                runs.Add(new SourceRun(text[position..start], null));
            }

            runs.Add(new SourceRun(text.Substring(start, length), index));
            position = start + length;
        }

        if (position < text.Length)
        {
            runs.Add(new SourceRun(text[position..], null));
        }

        return runs;
    }
}
