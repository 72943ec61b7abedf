using MunicipalPress.Application.Imports;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>The seed reports parsed straight from disk (<see cref="SeedFiles"/>): the tests never copy their text.</summary>
internal static class SeedReports
{
    public static ParsedReport Parse(string file) => ReportTextParser.Parse(SeedFiles.Bytes(file));
}
