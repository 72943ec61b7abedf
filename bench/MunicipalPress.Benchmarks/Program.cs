using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MunicipalPress.Application;
using MunicipalPress.Application.Analytics;
using MunicipalPress.Application.Search;
using MunicipalPress.Application.Security;
using MunicipalPress.Benchmarks;
using MunicipalPress.Infrastructure;
using MunicipalPress.Infrastructure.Persistence;
using MunicipalPress.Infrastructure.Postgres;
using MunicipalPress.Infrastructure.ScaleData;
using Npgsql;

// Usage: dotnet run -c Release --project bench/MunicipalPress.Benchmarks -- [--iterations N] [--municipalities N]
//        [--digest-only] [--digest-runs N]   (the annual digest of all cities, .docx and .pdf: time and peak memory)
//        … -- --documents [--iterations N]   parse time per file format (.txt, .docx, .odt, .pdf), no database
//    or: … -- --load [--officers 200] [--analysts 20] [--seconds 120] [--forms 300] [--server-gc | --workstation-gc] [--gcdump FILE] [--server-env NAME=VALUE …] [--hold SECONDS]   (issue 12: the deployment under load;
//        --gcdump: a heap dump of the server with every form open, and its largest types)
if (args.Contains("--load"))
{
    return await MunicipalPress.Benchmarks.Load.LoadBenchmark.RunAsync(
        Math.Clamp(ArgValue("--officers", 200), 1, 1000),
        Math.Clamp(ArgValue("--analysts", 20), 0, 200),
        Math.Clamp(ArgValue("--seconds", 120), 10, 900),
        Math.Clamp(ArgValue("--forms", 300), 0, 1000),
        gc: args.Contains("--server-gc") ? "server" : args.Contains("--workstation-gc") ? "workstation" : null,
        gcdump: ArgText("--gcdump"),
        serverEnvironment: ArgTexts("--server-env"),
        holdSeconds: Math.Clamp(ArgValue("--hold", 0), 0, 3600));
}

var iterations = ArgValue("--iterations", 200);
if (args.Contains("--documents"))
{
    await DocumentParsing.RunAsync(ArgValue("--iterations", 50));
    return 0;
}

var digestOnly = args.Contains("--digest-only");
var digestRuns = ArgValue("--digest-runs", 2);
var municipalities = ArgValue("--municipalities", 1_000);
var directory = Path.Combine(Path.GetTempPath(), $"municipalpress-bench-{Environment.ProcessId}");
using var loggerFactory = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
using var server = EmbeddedPostgresServer.Start(new EmbeddedPostgresOptions(directory, ["fsync=off", "synchronous_commit=off"]));
var connectionString = server.EnsureDatabase("bench");
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:MunicipalPress"] = connectionString })
    .Build();
var services = new ServiceCollection()
    .AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
    .AddApplication();
services.AddInfrastructure(configuration);
await using var provider = services.BuildServiceProvider();

var generation = System.Diagnostics.Stopwatch.StartNew();
await using (var scope = provider.CreateAsyncScope())
{
    await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<MunicipalPressDbContext>>());

    await scope.ServiceProvider.GetRequiredService<ScaleDataGenerator>().GenerateAsync(new ScaleDataOptions(Municipalities: municipalities));
}

Console.WriteLine($"dataset: {municipalities} municipalities × 10 years × 50 indicators + narratives, generated in {generation.Elapsed.TotalSeconds:0.0} s");

var factory = provider.GetRequiredService<IDbContextFactory<MunicipalPressDbContext>>();
int[] cityIds;
int[] indicatorIds;
string[] indicatorCodes;
await using (var db = await factory.CreateDbContextAsync())
{
    var all = await db.Municipalities.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
    cityIds = all.Where((_, i) => i % (all.Count / 50) == 0).Take(50).ToArray();
    var indicators = await db.Indicators.Where(i => i.Code.StartsWith("scale_")).OrderBy(i => i.Id).Take(10).ToListAsync();
    indicatorIds = indicators.Select(i => i.Id).ToArray();
    indicatorCodes = indicators.Select(i => i.Code).ToArray();
}

var analyst = new Actor("bench", "Benchmark analyst", Roles.Analyst, null);
await using var scope2 = provider.CreateAsyncScope();

// The annual digest first, while the process is as small as it gets after the generation (issue 11).
Console.WriteLine($"load average before the digest: {LoadAverage()}");
foreach (var line in await DigestScenario.RunAsync(
    scope2.ServiceProvider.GetRequiredService<MunicipalPress.Application.Digests.DigestService>(), ScaleDataGenerator.FirstYear + 9, digestRuns))
{
    Console.WriteLine(line);
}

if (digestOnly)
{
    server.Stop();
    TryDelete(directory);
    return 0;
}

var analytics = scope2.ServiceProvider.GetRequiredService<AnalyticsService>();
var search = scope2.ServiceProvider.GetRequiredService<SearchService>();
var legacySearch = new LegacySearch(scope2.ServiceProvider.GetRequiredService<MunicipalPress.Application.Common.IMunicipalPressDbFactory>());
await using var dataSource = NpgsqlDataSource.Create(connectionString);
var compare = new CompareQuery(indicatorCodes, cityIds, null, ScaleDataGenerator.FirstYear, ScaleDataGenerator.FirstYear + 9, PerCapita: false);
var queries = new[] { "фоторепортаж", "инцидент-менеджмент", "социальных сетях", "сайт", "горячие линии" };
var q = 0;
var legacyQ = 0;
Console.WriteLine($"load average at the start of the measurements: {LoadAverage()}");

var results = await Measurement.RunInterleavedAsync(20, iterations,
[
    ("compare 50 cities × 10 years × 10 indicators (service)", () => analytics.CompareAsync(analyst, compare)),
    ("compare, same data as raw Npgsql SQL (baseline)", () => RawComparison.RunAsync(dataSource, cityIds, indicatorIds, compare.FromYear, compare.ToYear)),
    ($"ranking of all {municipalities} cities, one indicator and year", () => analytics.RankingAsync(analyst, indicatorCodes[0], 2020, perCapita: true)),
    ("ranked search with snippets (page of 20)", () => search.SearchAsync(analyst, new SearchQuery(queries[q++ % queries.Length]))),
    ("ranked search, the query before issue 13 (baseline)", () => legacySearch.SearchAsync(analyst, new SearchQuery(queries[legacyQ++ % queries.Length]))),
]);

PrintTable(results);

var ratio = results[0].Throughput / results[1].Throughput;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"service / raw throughput (comparison): {ratio:0.00} (target ≥ 0.80)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"targets: compare p95 {results[0].P95:0.0} ≤ 50 ms {(results[0].P95 <= 50 ? "✓" : "✗")}; ranking p95 {results[2].P95:0.0} ≤ 30 ms {(results[2].P95 <= 30 ? "✓" : "✗")}; search p95 {results[3].P95:0.0} ≤ 100 ms {(results[3].P95 <= 100 ? "✓" : "✗")}; ratio {(ratio >= 0.8 ? "✓" : "✗")}"));

// Eight analysts searching at once (issue 13): every call's latency, old query and new, one after the other.
const int Callers = 8;
var concurrent = new List<Measurement>
{
    await Measurement.RunConcurrentAsync($"ranked search, {Callers} concurrent callers", Callers, 5, Math.Max(10, iterations / 4),
        i => search.SearchAsync(analyst, new SearchQuery(queries[i % queries.Length]))),
    await Measurement.RunConcurrentAsync($"ranked search, {Callers} concurrent callers, the query before issue 13 (baseline)", Callers, 5, Math.Max(10, iterations / 4),
        i => legacySearch.SearchAsync(analyst, new SearchQuery(queries[i % queries.Length]))),
};
PrintTable(concurrent);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"search targets: one caller p95 {results[3].P95:0.0} ≤ 45 ms {(results[3].P95 <= 45 ? "✓" : "✗")} (before: {results[4].P95:0.0}); "
    + $"{Callers} callers p95 {concurrent[0].P95:0.0} ≤ 150 ms {(concurrent[0].P95 <= 150 ? "✓" : "✗")} (before: {concurrent[1].P95:0.0})"));
Console.WriteLine($"load average after the search measurements: {LoadAverage()}");

// The press officer's side: autosave against reading the same report, and the import parser on the seeds.
var editing = await EditingScenarios.PrepareSaveAsync(
    factory,
    scope2.ServiceProvider.GetRequiredService<MunicipalPress.Application.ReportingYears.ReportingYearService>(),
    scope2.ServiceProvider.GetRequiredService<MunicipalPress.Application.Reports.ReportEditingService>(),
    scope2.ServiceProvider.GetRequiredService<MunicipalPress.Application.Reports.ReportService>(),
    cityIds[0]);
var saves = await Measurement.RunInterleavedAsync(20, iterations, editing);
PrintTable(saves);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"an autosave costs {saves[0].Mean / saves[1].Mean:0.0} reads of the same report"));

var parses = EditingScenarios.Parse(Path.Combine("..", "shared", "seeds"));
if (parses.Count > 0)
{
    PrintTable(await Measurement.RunInterleavedAsync(20, iterations * 5, parses), decimals: 2);
    PrintTable(await Measurement.RunInterleavedAsync(20, iterations * 5, EditingScenarios.FigureChecks(Path.Combine("..", "shared", "seeds"))), decimals: 2);
}
else
{
    Console.WriteLine("parser: ../shared/seeds not found, skipped");
}

server.Stop();
TryDelete(directory);
return 0;

static void TryDelete(string path)
{
    try
    {
        Directory.Delete(path, recursive: true);
    }
    catch (IOException)
    {
    }
    catch (UnauthorizedAccessException)
    {
    }
}

static void PrintTable(IReadOnlyList<Measurement> measurements, int decimals = 1)
{
    var format = decimals == 1 ? "0.0" : "0.00";
    Console.WriteLine();
    Console.WriteLine("| scenario | p50 ms | p95 ms | mean ms | ops/s (one caller) |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var m in measurements)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {m.Name} | {m.P50.ToString(format, CultureInfo.InvariantCulture)} | {m.P95.ToString(format, CultureInfo.InvariantCulture)} | {m.Mean.ToString(format, CultureInfo.InvariantCulture)} | {m.Throughput:0} |"));
    }
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

int ArgValue(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

string? ArgText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

// Every value of a repeatable option (--server-env A=1 --server-env B=2).
string[] ArgTexts(string name) =>
    args.Select((arg, i) => (arg, i)).Where(a => a.arg == name && a.i + 1 < args.Length).Select(a => args[a.i + 1]).ToArray();
