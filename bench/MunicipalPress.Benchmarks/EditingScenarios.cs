using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Imports;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;
using MunicipalPress.Infrastructure.Persistence;
using MunicipalPress.Infrastructure.ScaleData;

namespace MunicipalPress.Benchmarks;

/// <summary>
/// The press officer's side: the form's autosave (ReportEditingService.SaveAsync, as the form and PUT call it)
/// on a report the size of the largest seed, against reading the same report; and the import parser on the
/// real seed reports when ../shared/seeds is there.
/// </summary>
public static class EditingScenarios
{
    private const int Achievements = 10;
    private const int PlannedTasks = 6;
    private const int IndicatorValues = 19;

    /// <summary>
    /// Opens the year after the generated ones and starts a draft for <paramref name="municipalityId"/>, filled with
    /// ten of the city's generated achievements, six tasks and nineteen values. Returns the save and read scenarios.
    /// </summary>
    public static async Task<IReadOnlyList<(string Name, Func<Task> Operation)>> PrepareSaveAsync(
        IDbContextFactory<MunicipalPressDbContext> factory,
        ReportingYearService years,
        ReportEditingService editing,
        ReportService reports,
        int municipalityId)
    {
        var admin = new Actor("bench-admin", "Benchmark administrator", Roles.Administrator, null);
        var year = ScaleDataGenerator.FirstYear + 10;
        await years.CreateAsync(admin, new ReportingYearRequest
        {
            Year = year,
            OpensOn = new DateOnly(year + 1, 1, 15),
            Deadline = new DateOnly(year + 1, 3, 1),
        });
        await years.OpenAsync(admin, year);
        var draft = (await editing.CreateDraftAsync(admin, municipalityId, year))!;

        List<AchievementInput> achievements;
        List<PlannedTaskInput> tasks;
        List<IndicatorValueInput> values;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var earlier = db.AnnualReports.Where(r => r.MunicipalityId == municipalityId && r.Year < year);
            achievements = (await earlier.SelectMany(r => r.Achievements).OrderBy(a => a.Id).Take(Achievements)
                    .Select(a => new { a.Direction, a.Text }).ToListAsync())
                .Select(a => new AchievementInput(null, a.Direction, a.Text)).ToList();
            tasks = (await earlier.SelectMany(r => r.PlannedTasks).OrderBy(t => t.Id).Take(PlannedTasks)
                    .Select(t => t.Text).ToListAsync())
                .Select(text => new PlannedTaskInput(null, text)).ToList();
            values = (await db.Indicators.Where(i => i.Code.StartsWith("scale_")).OrderBy(i => i.Id).Take(IndicatorValues)
                    .Select(i => i.Id).ToListAsync())
                .Select((id, n) => new IndicatorValueInput(id, 100 + n * 37)).ToList();
        }

        var saved = (await editing.SaveAsync(admin, draft.Id, draft.Version, new SaveReportRequest(achievements, tasks, values, [])))!;
        var round = 0;
        return
        [
            ($"autosave of a seed-sized report ({achievements.Count} achievements, {tasks.Count} tasks, {values.Count} values)", async () =>
            {
                // What autosave sends after a pause in typing: the whole content, one entry a little longer.
                var n = round++;
                var request = new SaveReportRequest(
                    saved.Achievements.Select((a, i) => new AchievementInput(a.Id, a.Direction, i == n % saved.Achievements.Count ? a.Text + " Дописано." : a.Text)).ToList(),
                    saved.PlannedTasks.Select(t => new PlannedTaskInput(t.Id, t.Text, t.Direction)).ToList(),
                    saved.IndicatorValues.Select(v => new IndicatorValueInput(v.IndicatorId, v.Value + (n % 2), v.Note)).ToList(),
                    []);
                saved = (await editing.SaveAsync(admin, draft.Id, saved.Version, request))!;
            }),
            ("reading the same report (baseline)", () => reports.GetByMunicipalityAndYearAsync(admin, municipalityId, year)),
        ];
    }

    /// <summary>One scenario per seed report found in <paramref name="directory"/>: the parse of its bytes.</summary>
    public static IReadOnlyList<(string Name, Func<Task> Operation)> Parse(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).Select(path =>
                {
                    var bytes = File.ReadAllBytes(path);
                    var city = ReportTextParser.Parse(bytes).Municipality;
                    return ($"parse {Path.GetFileName(path)} ({city}, {bytes.Length / 1024.0:0.0} KB)", (Func<Task>)(() =>
                    {
                        ReportTextParser.Parse(bytes);
                        return Task.CompletedTask;
                    }));
                }).ToList()
            : [];

    /// <summary>
    /// The figure checks of each seed that has figures, on its own text and the values the text gives, as the form
    /// would run them on a keystroke (issue 13): extraction of every achievement, stated changes, plausibility.
    /// </summary>
    public static IReadOnlyList<(string Name, Func<Task> Operation)> FigureChecks(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).Select(path =>
                {
                    var parsed = ReportTextParser.Parse(File.ReadAllBytes(path));
                    var values = parsed.Indicators.Where(f => f.Code is not null).GroupBy(f => f.Code!).ToDictionary(g => g.Key, g => g.First().Value);
                    var input = new MunicipalPress.Application.FigureChecks.FigureCheckInput(
                        parsed.Achievements.Select(a => a.Text).ToList(), parsed.Year, values, values, values.Keys.ToHashSet());
                    return ($"figure checks of {parsed.Municipality} ({parsed.Achievements.Count} achievements)", (Func<Task>)(() =>
                    {
                        MunicipalPress.Application.FigureChecks.FigureChecker.Check(input);
                        return Task.CompletedTask;
                    }));
                }).ToList()
            : [];
}
