using System.Diagnostics;
using System.Globalization;
using MunicipalPress.Application.Imports;
using MunicipalPress.Infrastructure.Documents;
using MunicipalPress.Testing;

namespace MunicipalPress.Benchmarks;

/// <summary>
/// `bench/run.sh --documents [--iterations N]`: the time from a file's bytes to the parse, per format, for each
/// seed report written as .txt (as it is), .docx, .odt and .pdf (the tests' builders). No database.
/// </summary>
internal static class DocumentParsing
{
    public static async Task RunAsync(int iterations)
    {
        var reader = new ReportDocumentReader();
        var formats = new (string Extension, Func<string, byte[]> Build)[]
        {
            (".txt", text => System.Text.Encoding.UTF8.GetBytes(text)),
            (".docx", ReportDocuments.Docx),
            (".odt", ReportDocuments.Odt),
            (".pdf", text => ReportDocuments.Pdf(text)),
        };

        Console.WriteLine($"Parse time per format ({iterations} runs per file after 5 warm-up runs; the five seed reports)");
        Console.WriteLine($"{"format",-6} {"size KB",8} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var (extension, build) in formats)
        {
            var files = SeedFiles.All.Select(f => build(SeedFiles.Text(f))).ToList();
            var times = new List<double>();
            foreach (var bytes in files)
            {
                for (var i = 0; i < 5 + iterations; i++)
                {
                    var clock = Stopwatch.StartNew();
                    var parsed = await ImportService.ParseFileAsync(reader, bytes, "report" + extension);
                    clock.Stop();
                    if (parsed.Achievements.Count == 0)
                    {
                        throw new InvalidOperationException($"A {extension} seed parsed to nothing.");
                    }

                    if (i >= 5)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{extension,-6} {files.Average(f => f.Length) / 1024.0,8:0.0} {times[times.Count / 2],8:0.00} {times[(int)(times.Count * 0.95)],8:0.00} {times[^1],8:0.00}"));
        }
    }
}
