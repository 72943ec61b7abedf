using MunicipalPress.Application.Reports.Changes;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;
using MunicipalPress.Cli;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Imports;

/// <summary>`import apply` options and outcomes: --year, --dry-run, --replace, --municipality, and failures in the exit code.</summary>
public sealed class ImportCliTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>, IDisposable
{
    private static readonly Actor Admin = new("test-admin", "Test administrator", Roles.Administrator, null);
    private readonly string _directory = Directory.CreateTempSubdirectory("mp-import-cli-").FullName;

    [Fact]
    public async Task ImportApply_DryRunThenCreateThenSkipThenReplace_IntoANewReportingYear()
    {
        using var scope = app.Services.CreateScope();
        var years = scope.ServiceProvider.GetRequiredService<ReportingYearService>();
        var reports = scope.ServiceProvider.GetRequiredService<ReportService>();
        await years.CreateAsync(Admin, new ReportingYearRequest { Year = 2015, OpensOn = new(2016, 1, 15), Deadline = new(2016, 3, 1) });
        var city = (await scope.ServiceProvider.GetRequiredService<MunicipalityService>().ListAsync(new MunicipalityQuery(Search: "Алейск"))).Single();
        var file = SeedFiles.PathOf(SeedFiles.Aleysk);

        var dryRun = await RunAsync(["import", "apply", file, "--year", "2015", "--dry-run"]);
        var nothing = await reports.GetByMunicipalityAndYearAsync(Admin, city.Id, 2015);
        var created = await RunAsync(["import", "apply", file, "--year", "2015"]);
        var draft = (await reports.GetByMunicipalityAndYearAsync(Admin, city.Id, 2015))!;
        var again = await RunAsync(["import", "apply", file, "--year", "2015"]);
        // The portal has the draft open: the Cli's replacement reaches it as a change from another process.
        var heard = new System.Collections.Concurrent.ConcurrentQueue<ReportChange>();
        using var following = app.Services.GetRequiredService<IReportChangeNotifier>().Subscribe(draft.Id, heard.Enqueue);
        var replaced = await RunAsync(["import", "apply", file, "--year", "2015", "--municipality", city.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--replace"]);
        await Eventually.WaitUntilAsync(() => Task.FromResult(heard.Any(c => c.Kind == ReportChangeKind.Saved)), TimeSpan.FromSeconds(10),
            "the portal did not hear of the Cli's import", pollMilliseconds: 25);

        Assert.Equal((0, $"{file} → Алейск/2015 → would be created: 4 achievements, 1 task, 1 figure"), dryRun);
        Assert.Null(nothing);
        Assert.Equal((0, $"{file} → Алейск/2015 → created (report {draft.Id}): 4 achievements, 1 task, 1 figure"), created);
        Assert.Equal(11m, draft.IndicatorValues.Single(v => v.Code == "legal_bulletins").Value);
        Assert.Equal((0, $"{file} → Алейск/2015 → skipped: draft {draft.Id} already has content; --replace replaces it"), again);
        Assert.Equal((0, $"{file} → Алейск/2015 → filled (report {draft.Id}): 4 achievements, 1 task, 1 figure"), replaced);
    }

    [Fact]
    public async Task ImportApply_FailedFiles_AreReportedOnTheirLine_AndTheExitCodeIs1()
    {
        var unknownCity = Write("novogradsk.txt", "НОВОГРАДСК\n\nЧто наиболее значительное удалось сделать в области информационной политики в 2016 году\n\nРазмещено 100 пресс-релизов.\n");
        var noYear = Write("no-year.txt", "БЛАГОВЕЩЕНСК\n\nРазмещено 100 пресс-релизов.\n");
        var word = Write("report.txt", "PK\u0003\u0004word/document.xml");
        var noCampaign = Write("2013.txt", "БЛАГОВЕЩЕНСК\n\nЧто наиболее значительное удалось сделать в области информационной политики в 2013 году\n\nРазмещено 100 пресс-релизов.\n");
        var approved = SeedFiles.PathOf(SeedFiles.Blagoveshchensk);

        using var output = new StringWriter();
        var exit = await CliApplication.RunAsync(["import", "apply", unknownCity, noYear, word, noCampaign, approved], output, Settings());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(1, exit);
        Assert.Equal($"{unknownCity} → Новоградск/2016 → failed: no municipality «Новоградск» in the portal; give --municipality ID", lines[0]);
        Assert.StartsWith($"{noYear} → Благовещенск/? → failed: the text states no reporting year", lines[1], StringComparison.Ordinal);
        // A cut-short Word file named .txt is read as Word, and is damaged.
        Assert.StartsWith($"{word} → ? → failed: The file cannot be read: it is damaged", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"{noCampaign} → Благовещенск/2013 → failed: There is no reporting year 2013.", lines[3], StringComparison.Ordinal);
        Assert.StartsWith($"{approved} → Благовещенск/2016 → skipped: the report is approved", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportApply_Compilation_CreatesEachCitysDraft_OneLinePerCity()
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReportingYearService>()
            .CreateAsync(Admin, new ReportingYearRequest { Year = 2014, OpensOn = new(2015, 1, 15), Deadline = new(2015, 3, 1) });
        var file = Write("сборник.txt", SeedFiles.Text(SeedFiles.Aleysk).Trim() + "\n\n" + SeedFiles.Text(SeedFiles.Seversk).Trim());

        using var refused = new StringWriter();
        var refusedExit = await CliApplication.RunAsync(["import", "apply", file, "--year", "2014", "--municipality", "1"], refused, Settings());
        using var output = new StringWriter();
        var exit = await CliApplication.RunAsync(["import", "apply", file, "--year", "2014"], output, Settings());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(1, refusedExit);
        Assert.Equal($"{file} → ? → failed: the file holds 2 reports (a compilation); leave out --municipality, each city is found by its name", refused.ToString().TrimEnd('\n'));
        Assert.Equal(0, exit);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{file} → Алейск/2014 → created (report ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("): 4 achievements, 1 task, 1 figure", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file} → Северск/2014 → created (report ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("): 6 achievements, 1 task, 0 figures", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportApply_BadOptions_PrintUsageWithExitCode2()
    {
        Assert.Equal(2, await CliApplication.RunAsync(["import", "apply"], TextWriter.Null, Settings()));
        Assert.Equal(2, await CliApplication.RunAsync(["import", "apply", "x.txt", "--year", "last"], TextWriter.Null, Settings()));
        Assert.Equal(2, await CliApplication.RunAsync(["import", "apply", "x.txt", "--municipality"], TextWriter.Null, Settings()));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private Dictionary<string, string?> Settings() => new() { ["ConnectionStrings:MunicipalPress"] = app.ConnectionString };

    private async Task<(int Exit, string Line)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        var exit = await CliApplication.RunAsync(args, output, Settings());
        return (exit, output.ToString().TrimEnd('\n'));
    }
}
