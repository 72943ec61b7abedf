using System.Text.RegularExpressions;

namespace MunicipalPress.Application.Imports;

/// <summary>Bulleted and numbered list items as Word exports them: «• …», «– …», «1. …», «2) …», «а) …».</summary>
internal static partial class ReportLists
{
    public static bool IsItem(string line) => Marker().IsMatch(line);

    public static string StripMarker(string line) => Marker().Replace(line, string.Empty, 1);

    [GeneratedRegex(@"^(?:[•·▪●◦‣○■□►▸✓✔\-–—*]\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s+|[а-яa-z]\)\s+)(?=\S)")]
    private static partial Regex Marker();
}
