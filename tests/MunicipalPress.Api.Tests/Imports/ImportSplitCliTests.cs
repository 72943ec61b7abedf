using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Imports;

/// <summary>
/// `import split FILE --json` as a script calls it (a separate process): stdout is exactly {"reports": [...]}, each
/// report exactly what `import parse --json` prints for that city's own file. And the municipality both commands
/// print: the catalogue's name when the process has a database, the parser's reading when it has none.
/// </summary>
public sealed class ImportSplitCliTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mp-split-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SplitJson_FiveSeedCompilation_OneObject_EachReportExactlyAsParseOfItsOwnFile()
    {
        var path = Write("сборник.txt", string.Join("\n\n", SeedFiles.All.Select(f => SeedFiles.Text(f).Trim())));

        var (exit, stdout, stderr) = await ImportParseCliTests.RunProcessAsync(null, "import", "split", path, "--json");

        Assert.Equal(0, exit);
        Assert.Contains("5 reports", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout); // throws on a second object or on a log line in stdout
        Assert.Equal(["reports"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(5, reports.Count);
        for (var i = 0; i < reports.Count; i++)
        {
            Assert.Equal(ImportParseCliTests.ContractKeys, reports[i].EnumerateObject().Select(p => p.Name));
            var (parseExit, alone, _) = await ImportParseCliTests.RunProcessAsync(null, "import", "parse", SeedFiles.PathOf(SeedFiles.All[i]), "--json");
            Assert.Equal(0, parseExit);
            Assert.Equal(Compact(alone), JsonSerializer.Serialize(reports[i]));
        }
    }

    [Fact]
    public async Task ParseJson_Compilation_FirstReportAndTheWarning()
    {
        var path = Write("два.txt", SeedFiles.Text(SeedFiles.Aleysk).Trim() + "\n\n" + SeedFiles.Text(SeedFiles.Seversk).Trim());

        var (exit, stdout, _) = await ImportParseCliTests.RunProcessAsync(null, "import", "parse", path, "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(ImportParseCliTests.ContractKeys, json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Алейск", json.RootElement.GetProperty("municipality").GetString());
        Assert.Contains(
            json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!),
            w => w.StartsWith("The text holds 2 reports", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParseAndSplit_WithADatabase_NameTheCatalogueCity_WithoutOne_TheParsersReading()
    {
        using var admin = await app.CreateClientForAsync(DemoUsers.AdminEmail);
        var teplodar = (await admin.GetFromJsonAsync<List<Application.Municipalities.MunicipalityDto>>("/api/v1/municipalities?search=Теплодар", Api.JsonDefaults.Options))!.Single();
        var created = await admin.PostAsJsonAsync("/api/v1/municipalities", new { name = "Южноукраїнськ", regionId = teplodar.RegionId, kind = "CityCouncil", population = 39_000 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var path = Write("звіт.txt",
            "Звіт про роботу відділу інформаційної політики Южноукраїнської міської ради за 2024 рік\n\n"
            + "Відділ підготував 410 новин для сайту Южноукраїнської міської ради.\n\n"
            + SeedFiles.Text(SeedFiles.Teplodar).Trim());

        var (exit, withDb, _) = await ImportParseCliTests.RunProcessAsync(app.ConnectionString, "import", "split", path, "--json");
        var (parseExit, parsed, _) = await ImportParseCliTests.RunProcessAsync(app.ConnectionString, "import", "parse", path, "--json");
        var (offlineExit, offline, offlineLog) = await ImportParseCliTests.RunProcessAsync(null, "import", "split", path, "--json");

        Assert.Equal((0, 0, 0), (exit, parseExit, offlineExit));
        Assert.Equal(["Южноукраїнськ", "Теплодар"], Municipalities(withDb));
        Assert.Equal("Южноукраїнськ", JsonDocument.Parse(parsed).RootElement.GetProperty("municipality").GetString());
        Assert.Equal(["Южноукраїн", "Теплодар"], Municipalities(offline));
        Assert.Contains("No ConnectionStrings__MunicipalPress", offlineLog, StringComparison.Ordinal);
    }

    private static string[] Municipalities(string stdout) =>
        JsonDocument.Parse(stdout).RootElement.GetProperty("reports").EnumerateArray()
            .Select(r => r.GetProperty("municipality").GetString()!).ToArray();

    private static string Compact(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
