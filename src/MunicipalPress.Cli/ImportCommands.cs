using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Imports;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Infrastructure.Documents;
using MunicipalPress.Infrastructure.Persistence;
using Serilog;
using Serilog.Events;

namespace MunicipalPress.Cli;

/// <summary>
/// `import parse FILE [--json]`: reads a report file and prints what the parser made of it; of a compilation, its
/// first report, with a warning. `import split FILE [--json]`: one parse per city's report of a compilation.
/// Neither needs a database, so they run before the dispatcher starts PostgreSQL; when
/// ConnectionStrings__MunicipalPress is set, each municipality is named as the catalogue names it. With --json,
/// stdout carries exactly one JSON object; everything else goes to stderr.
/// `import apply FILE...`: turns each file into its city's draft, as the operator (an administrator named "cli"),
/// through the same <see cref="ImportService"/> as the API and the page. One line per file on stdout.
/// </summary>
public static class ImportCommands
{
    public const string Usage = """
          import parse FILE [--json]                parse a report file: .txt (UTF-8, UTF-16, Windows-1251),
                                                    .docx, .odt, .rtf, .pdf with text, .doc (with LibreOffice);
                                                    --json prints one JSON object, no database needed
          import split FILE [--json]                parse each city's report of a compilation;
                                                    --json prints {"reports": [ …one parse per city… ]}
          import apply FILE... [--municipality ID] [--year N] [--replace] [--dry-run]
                                                    create or fill each file's draft (never a submitted or
                                                    approved report; a draft with content only with --replace)
        """;

    /// <summary>The operator: the Cli runs with an administrator's rights.</summary>
    public static readonly Actor Operator = new("cli", "cli", Roles.Administrator, null);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var options = CliOptions.Parse(args);
        if (options.Positional.Count != 2 || options.Positional[0] is not ("parse" or "split"))
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

        if (ImportFileRules.CheckContent(path, data) is { } problem)
        {
            Console.Error.WriteLine($"Cannot import {path}: {ImportFileRules.Describe(problem)}");
            return 2;
        }

        var split = options.Positional[0] == "split";
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<ParsedReport> reports;
        try
        {
            reports = split
                ? await ImportService.SplitFileAsync(new ReportDocumentReader(), data, path)
                : [await ImportService.ParseFileAsync(new ReportDocumentReader(), data, path)];
        }
        catch (ImportFileException e)
        {
            Console.Error.WriteLine($"Cannot read {path}: {e.Message}");
            return 2;
        }

        var elapsed = stopwatch.Elapsed;
        Console.Error.WriteLine(
            $"Parsed {path} ({data.Length} bytes, {reports[0].SourceEncoding}) in {elapsed.TotalMilliseconds:0.0} ms: "
            + (split ? $"{Count(reports.Count, "report")}, " : string.Empty)
            + $"{Count(reports.Sum(r => r.Achievements.Count), "achievement")}, {Count(reports.Sum(r => r.PlannedTasks.Count), "task")}, "
            + $"{Count(reports.Sum(r => r.Indicators.Count), "figure")}.");

        reports = await NameFromCatalogueAsync(reports);
        if (options.Has("json"))
        {
            // Raw UTF-8 bytes, whatever the console's encoding is.
            using var stdout = Console.OpenStandardOutput();
            object document = split ? new { reports = reports.Select(ToJson) } : ToJson(reports[0]);
            JsonSerializer.Serialize(stdout, document, Json);
            stdout.Write("\n"u8);
        }
        else
        {
            foreach (var report in reports)
            {
                WriteSummary(report);
            }
        }

        return 0;
    }

    /// <summary>The catalogue's names where a database is configured; the parser's reading otherwise (or when it cannot be reached).</summary>
    private static async Task<IReadOnlyList<ParsedReport>> NameFromCatalogueAsync(IReadOnlyList<ParsedReport> reports)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(MunicipalPress.Infrastructure.DependencyInjection.ConnectionStringName)))
        {
            Console.Error.WriteLine("No ConnectionStrings__MunicipalPress: municipalities are named as the text names them, not matched to the catalogue.");
            return reports;
        }

        var serilog = new LoggerConfiguration()
            .MinimumLevel.Warning()
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateLogger();
        try
        {
            await using var services = CliApplication.BuildServices(configuration, serilog);
            return await services.GetRequiredService<ImportService>().NameFromCatalogueAsync(reports);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            Console.Error.WriteLine($"The catalogue could not be read ({ex.Message}): municipalities are named as the text names them.");
            return reports;
        }
    }

    /// <summary>The contract of issue 6: offsets and the normalised text stay out, they serve only the UI.</summary>
    private static object ToJson(ParsedReport report) => new
    {
        municipality = report.Municipality,
        year = report.Year,
        planYear = report.PlanYear,
        language = report.Language,
        achievements = report.Achievements.Select(a => new { direction = a.Direction, text = a.Text }),
        plannedTasks = report.PlannedTasks.Select(t => new { text = t.Text }),
        indicators = report.Indicators.Select(i => new { value = i.Value, label = i.Label, code = i.Code, sourceText = i.SourceText, previousValue = i.PreviousValue }),
        warnings = report.Warnings.Select(w => w.Message),
    };

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
            Console.Out.WriteLine($"Warning: {warning.Message}");
        }
    }

    public static async Task<int> ApplyAsync(IServiceProvider services, CliOptions options, TextWriter output)
    {
        var files = options.Positional.Skip(1).ToList();
        int? municipalityId = null;
        int? year = null;
        if (files.Count == 0
            || (options.Has("municipality") && (municipalityId = ParseId(options.Get("municipality"))) is null)
            || (options.Has("year") && (year = ParseId(options.Get("year"))) is null))
        {
            Console.Error.WriteLine($"Usage:\n{Usage}");
            return 2;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Import");
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var service = services.GetRequiredService<ImportService>();
        var settings = new ApplySettings(municipalityId, year, options.Has("replace"), options.Has("dry-run"));
        var failed = 0;
        foreach (var file in files)
        {
            var (line, ok) = await ApplyFileAsync(service, file, settings, logger);
            await output.WriteLineAsync($"{file} → {line}");
            failed += ok ? 0 : 1;
        }

        await output.FlushAsync();
        logger.LogInformation("{Files} file(s), {Failed} failed{DryRun}", files.Count, failed, settings.DryRun ? " (dry run: nothing written)" : string.Empty);
        return failed == 0 ? 0 : 1;
    }

    /// <summary>One file: "city/year → outcome" and whether it went as it should (skipping a locked report does).</summary>
    private static async Task<(string Line, bool Ok)> ApplyFileAsync(ImportService service, string path, ApplySettings settings, Microsoft.Extensions.Logging.ILogger logger)
    {
        byte[] data;
        try
        {
            data = await File.ReadAllBytesAsync(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ($"? → failed: cannot read the file ({ex.Message})", false);
        }

        if (ImportFileRules.CheckContent(path, data) is { } problem)
        {
            return ($"? → failed: {ImportFileRules.Describe(problem)}", false);
        }

        ImportPreviewDto preview;
        try
        {
            preview = await service.PreviewAsync(Operator, data, path);
        }
        catch (ImportFileException e)
        {
            return ($"? → failed: {e.Message}", false);
        }

        foreach (var warning in preview.Warnings)
        {
            logger.LogWarning("{File}: {Warning}", path, warning);
        }

        var municipalityId = settings.MunicipalityId ?? preview.MunicipalityId;
        var year = settings.Year ?? preview.Year;
        var named = preview.Municipality.Length > 0 ? preview.Municipality : "?";
        if (municipalityId is null)
        {
            var reason = preview.MunicipalityMatch switch
            {
                MunicipalityMatch.Ambiguous => $"several municipalities are named «{named}»",
                MunicipalityMatch.NotFound => $"no municipality «{named}» in the portal",
                _ => "the text names no municipality",
            };
            return ($"{named}/{year?.ToString(CultureInfo.InvariantCulture) ?? "?"} → failed: {reason}; give --municipality ID", false);
        }

        if (year is null)
        {
            return ($"{named}/? → failed: the text states no reporting year; give --year N", false);
        }

        var target = await service.GetTargetAsync(Operator, municipalityId.Value, year.Value);
        if (target is null)
        {
            return ($"{named}/{year} → failed: municipality {municipalityId} does not exist", false);
        }

        var where = $"{target.MunicipalityName}/{year}";
        switch (target.State)
        {
            case ImportTargetState.Locked:
                return ($"{where} → skipped: the report is {target.ReportStatus?.ToString().ToLowerInvariant()} (report {target.ReportId}); an import never overwrites it", true);
            case ImportTargetState.DraftWithContent when !settings.Replace:
                return ($"{where} → skipped: draft {target.ReportId} already has content; --replace replaces it", true);
            case ImportTargetState.NoReportingYear or ImportTargetState.Forbidden or ImportTargetState.Archived:
                return ($"{where} → failed: {target.Message}", false);
        }

        var request = ImportDefaults.ToRequest(preview, municipalityId.Value, year.Value, settings.Replace);
        var left = preview.Indicators.Count - request.Indicators!.Count;
        if (left > 0)
        {
            logger.LogInformation(
                "{File}: {Left} of {Total} figures not imported (no matching indicator, an invalid value, or the indicator's second figure)",
                path, left, preview.Indicators.Count);
        }

        var contents = $"{Count(request.Achievements!.Count, "achievement")}, {Count(request.PlannedTasks!.Count, "task")}, {Count(request.Indicators.Count, "figure")}";
        try
        {
            if (settings.DryRun)
            {
                await service.CheckAsync(Operator, request);
                return ($"{where} → would be {(target.ReportId is null ? "created" : $"filled (report {target.ReportId})")}: {contents}", true);
            }

            var result = await service.ApplyAsync(Operator, request);
            return result is null
                ? ($"{where} → failed: the municipality or report has gone", false)
                : ($"{where} → {result.Outcome.ToString().ToLowerInvariant()} (report {result.Report.Id}): {contents}", true);
        }
        catch (ValidationFailedException ex)
        {
            return ($"{where} → failed: {string.Join("; ", ex.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}", false);
        }
        catch (Exception ex) when (ex is DomainException or ForbiddenException or ConcurrencyConflictException)
        {
            return ($"{where} → failed: {ex.Message}", false);
        }
    }

    private static int? ParseId(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
