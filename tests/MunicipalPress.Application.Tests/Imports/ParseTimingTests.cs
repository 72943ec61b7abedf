using System.Diagnostics;
using MunicipalPress.Application.Imports;
using Xunit.Abstractions;

namespace MunicipalPress.Application.Tests.Imports;

/// <summary>
/// Prints the parse time of each seed report (run with --logger "console;verbosity=detailed" to see it).
/// It asserts nothing: timings depend on the machine, and a flaky timing assert helps no one.
/// </summary>
public sealed class ParseTimingTests(ITestOutputHelper output)
{
    private const int Iterations = 100;

    [Fact]
    public void Parse_Seeds_PrintsTimePerReport()
    {
        foreach (var file in SeedReports.All)
        {
            var bytes = SeedReports.Bytes(file);
            for (var i = 0; i < 10; i++)
            {
                ReportTextParser.Parse(bytes);
            }

            var stopwatch = Stopwatch.StartNew();
            ParsedReport? report = null;
            for (var i = 0; i < Iterations; i++)
            {
                report = ReportTextParser.Parse(bytes);
            }

            stopwatch.Stop();
            output.WriteLine(
                $"{report!.Municipality,-14} {bytes.Length,6} bytes  {stopwatch.Elapsed.TotalMilliseconds / Iterations:0.000} ms per parse "
                + $"({report.Indicators.Count} figures)");
        }
    }
}
