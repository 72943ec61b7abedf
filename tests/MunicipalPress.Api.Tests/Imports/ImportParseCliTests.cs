using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace MunicipalPress.Api.Tests.Imports;

/// <summary>
/// `import parse FILE --json` as a script calls it: a separate process whose stdout is exactly one JSON object in
/// the contract's shape (logs go to stderr), for every seed report.
/// </summary>
public sealed class ImportParseCliTests
{
    internal static readonly string[] ContractKeys =
        ["municipality", "year", "planYear", "language", "achievements", "plannedTasks", "indicators", "warnings"];

    public static TheoryData<string, string, int, int?, string> Seeds() => new()
    {
        { SeedFiles.Seversk, "Северск", 2016, 2017, "ru" },
        { SeedFiles.Blagoveshchensk, "Благовещенск", 2016, 2017, "ru" },
        { SeedFiles.Teplodar, "Теплодар", 2018, null, "uk" },
        { SeedFiles.Aleysk, "Алейск", 2018, 2019, "ru" },
        { SeedFiles.Khabarovsk, "Хабаровск", 2021, null, "ru" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task ParseJson_PrintsOneObjectInTheContractShape_LogsToStderr(string file, string city, int year, int? planYear, string language)
    {
        var (exit, stdout, stderr) = await RunCliAsync("import", "parse", SeedFiles.PathOf(file), "--json");

        Assert.Equal(0, exit);
        Assert.Contains("Parsed ", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout); // throws on a second object or on a log line in stdout
        var root = json.RootElement;
        Assert.Equal(ContractKeys, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(city, root.GetProperty("municipality").GetString());
        Assert.Equal(year, root.GetProperty("year").GetInt32());
        Assert.Equal(planYear, root.GetProperty("planYear").ValueKind == JsonValueKind.Null ? null : root.GetProperty("planYear").GetInt32());
        Assert.Equal(language, root.GetProperty("language").GetString());
        Assert.NotEmpty(root.GetProperty("achievements").EnumerateArray());
        Assert.All(root.GetProperty("achievements").EnumerateArray(), a => Assert.Equal(JsonValueKind.String, a.GetProperty("text").ValueKind));
        // Северск's report states no countable figure; the others do.
        var figures = root.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(file != SeedFiles.Seversk, figures.Count > 0);
        Assert.All(figures, f =>
        {
            Assert.Equal(JsonValueKind.Number, f.GetProperty("value").ValueKind);
            Assert.Equal(JsonValueKind.String, f.GetProperty("label").ValueKind);
            Assert.Contains(f.GetProperty("code").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            Assert.Equal(JsonValueKind.String, f.GetProperty("sourceText").ValueKind);
        });
        Assert.All(root.GetProperty("warnings").EnumerateArray(), w => Assert.Equal(JsonValueKind.String, w.ValueKind));
    }

    [Theory]
    [InlineData("Благовещенск.docx")]
    [InlineData("Благовещенск.pdf")]
    [InlineData("Благовещенск.odt")]
    public async Task ParseJson_WordPdfAndOdtFiles_SameCityYearAndFiguresAsTheText(string name)
    {
        var text = SeedFiles.Text(SeedFiles.Blagoveshchensk);
        var bytes = Path.GetExtension(name) switch
        {
            ".docx" => ReportDocuments.Docx(text),
            ".odt" => ReportDocuments.Odt(text),
            _ => ReportDocuments.Pdf(text),
        };
        var folder = Directory.CreateTempSubdirectory("mp-cli-doc-");
        try
        {
            var path = Path.Combine(folder.FullName, name);
            await File.WriteAllBytesAsync(path, bytes);

            var (exit, stdout, stderr) = await RunCliAsync("import", "parse", path, "--json");

            Assert.True(exit == 0, stderr);
            using var json = JsonDocument.Parse(stdout);
            var root = json.RootElement;
            Assert.Equal(ContractKeys, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(("Благовещенск", 2016), (root.GetProperty("municipality").GetString(), root.GetProperty("year").GetInt32()));
            Assert.Equal(
                ["press_releases", "photo_reports", "field_events", "press_approaches", "active_citizens"],
                root.GetProperty("indicators").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList());
            Assert.Equal(2982, root.GetProperty("indicators")[0].GetProperty("value").GetInt32());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Parse_ScannedPdf_ExitCode2_SaysItIsAScan()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mp-scan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, ReportDocuments.ScannedPdf());
        try
        {
            var (exit, stdout, stderr) = await RunCliAsync("import", "parse", path, "--json");

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, stdout);
            Assert.Contains("scan", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Parse_MissingFile_ExitCode2_NothingOnStdout()
    {
        var (exit, stdout, stderr) = await RunCliAsync("import", "parse", "/no/such/report.txt", "--json");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("File not found", stderr, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Stdout, string Stderr)> RunCliAsync(params string[] args) => RunProcessAsync(null, args);

    /// <param name="connectionString">ConnectionStrings__MunicipalPress for the process; none when null.</param>
    internal static async Task<(int Exit, string Stdout, string Stderr)> RunProcessAsync(string? connectionString, params string[] args)
    {
        // The test's own runtime: <dotnet root>/shared/Microsoft.NETCore.App/<version>/ → <dotnet root>/dotnet.
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var dotnet = Path.Combine(dotnetRoot, "dotnet");
        var start = new ProcessStartInfo(File.Exists(dotnet) ? dotnet : "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment.Remove("ConnectionStrings__MunicipalPress");
        if (connectionString is not null)
        {
            start.Environment["ConnectionStrings__MunicipalPress"] = connectionString;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MunicipalPress.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
