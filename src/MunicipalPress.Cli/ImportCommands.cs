using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using MunicipalPress.Application.Imports;

namespace MunicipalPress.Cli;

/// <summary>
/// `import parse FILE [--json]`: reads a report file and prints what the parser made of it. Needs no database,
/// so it runs before the dispatcher starts PostgreSQL. With --json, stdout carries exactly one JSON object;
/// everything else goes to stderr.
/// </summary>
public static class ImportCommands
{
    public const string Usage = """
          import parse FILE [--json]                parse a report text file (UTF-8, UTF-16, Windows-1251);
                                                    --json prints one JSON object, no database needed
        """;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string[] args)
    {
        var options = CliOptions.Parse(args);
        if (options.Positional.Count != 2 || options.Positional[0] != "parse")
        {
            Console.Error.WriteLine($"Usage:\n{Usage}");
            return 2;
        }

        var path = options.Positional[1];
        if (!File.Exists(path))
        {
            Console.Error.WriteLine(Directory.Exists(path) ? $"'{path}' is a directory, not a report file." : $"File not found: {path}");
            return 2;
        }

        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Cannot read {path}: {ex.Message}");
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        var report = ReportTextParser.Parse(data);
        Console.Error.WriteLine(
            $"Parsed {path} ({data.Length} bytes, {report.SourceEncoding}) in {stopwatch.Elapsed.TotalMilliseconds:0.0} ms: "
            + $"{report.Achievements.Count} achievements, {report.PlannedTasks.Count} tasks, {report.Indicators.Count} figures.");

        if (options.Has("json"))
        {
            WriteJson(report);
        }
        else
        {
            WriteSummary(report);
        }

        return 0;
    }

    /// <summary>The contract of issue 6: offsets and the normalised text stay out, they serve only the UI.</summary>
    private static void WriteJson(ParsedReport report)
    {
        var document = new
        {
            municipality = report.Municipality,
            year = report.Year,
            planYear = report.PlanYear,
            language = report.Language,
            achievements = report.Achievements.Select(a => new { direction = a.Direction, text = a.Text }),
            plannedTasks = report.PlannedTasks.Select(t => new { text = t.Text }),
            indicators = report.Indicators.Select(i => new { value = i.Value, label = i.Label, code = i.Code, sourceText = i.SourceText }),
            warnings = report.Warnings,
        };

        // Raw UTF-8 bytes, whatever the console's encoding is.
        using var stdout = Console.OpenStandardOutput();
        JsonSerializer.Serialize(stdout, document, Json);
        stdout.Write("\n"u8);
    }

    private static void WriteSummary(ParsedReport report)
    {
        Console.Out.WriteLine($"Municipality: {report.Municipality}");
        Console.Out.WriteLine($"Year: {report.Year?.ToString() ?? "?"}, plan year: {report.PlanYear?.ToString() ?? "?"}, language: {report.Language}");
        Console.Out.WriteLine($"Achievements: {report.Achievements.Count}, planned tasks: {report.PlannedTasks.Count}");
        foreach (var figure in report.Indicators)
        {
            Console.Out.WriteLine($"  {figure.Value,12}  {figure.Code ?? "-",-28} {figure.Label}");
        }

        foreach (var warning in report.Warnings)
        {
            Console.Out.WriteLine($"Warning: {warning}");
        }
    }
}
