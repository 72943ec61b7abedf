using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;
using MunicipalPress.Testing;
using Xunit.Abstractions;

namespace MunicipalPress.Api.Tests.Performance;

/// <summary>
/// How long the form's autosave takes on the server: ReportEditingService.SaveAsync for a report the size of
/// the largest seed (Khabarovsk 2021: ten achievements, nineteen figures), on the test run's embedded
/// PostgreSQL. It prints figures for the record and asserts only that the saves worked: timings depend on
/// the machine.
/// </summary>
public sealed class ReportSaveTimingTests(MunicipalPressAppFactory app, ITestOutputHelper output)
    : IClassFixture<MunicipalPressAppFactory>
{
    private const int Warmup = 5;
    private const int Saves = 50;

    [Fact]
    public async Task SaveAsync_SeedSizedReport_PrintsRoundTripTimes()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<ReportService>();
        var editing = scope.ServiceProvider.GetRequiredService<ReportEditingService>();
        var municipalities = scope.ServiceProvider.GetRequiredService<MunicipalityService>();
        var admin = new Actor("timing-admin", "Timing", Roles.Administrator, null);

        var cities = await municipalities.ListAsync(new MunicipalityQuery());
        var khabarovsk = cities.Single(m => m.Name == "Хабаровск");
        var tomsk = cities.Single(m => m.Name == "Томск");
        var seed = (await reports.GetByMunicipalityAndYearAsync(admin, khabarovsk.Id, 2021))!;
        var draft = (await editing.CreateDraftAsync(admin, tomsk.Id, 2025))!;

        var content = new SaveReportRequest(
            seed.Achievements.Select(a => new AchievementInput(null, a.Direction, a.Text)).ToList(),
            seed.PlannedTasks.Select(t => new PlannedTaskInput(null, t.Text, t.Direction)).ToList(),
            seed.IndicatorValues.Select(v => new IndicatorValueInput(v.IndicatorId, v.Value, v.Note)).ToList(),
            seed.PeerHighlights.Where(h => h.MentionedMunicipalityId != tomsk.Id)
                .Select(h => new PeerHighlightInput(null, h.MentionedMunicipalityId, h.Text)).ToList());
        var saved = (await editing.SaveAsync(admin, draft.Id, draft.Version, content))!;

        // Each save is what autosave sends after a pause in typing: the whole content, one entry a little longer.
        var times = new List<double>();
        for (var i = 0; i < Warmup + Saves; i++)
        {
            var request = new SaveReportRequest(
                saved.Achievements.Select((a, n) => new AchievementInput(a.Id, a.Direction, n == i % saved.Achievements.Count ? a.Text + " Дописано." : a.Text)).ToList(),
                saved.PlannedTasks.Select(t => new PlannedTaskInput(t.Id, t.Text, t.Direction)).ToList(),
                saved.IndicatorValues.Select(v => new IndicatorValueInput(v.IndicatorId, v.Value + (i % 2), v.Note)).ToList(),
                saved.PeerHighlights.Select(h => new PeerHighlightInput(h.Id, h.MentionedMunicipalityId, h.Text)).ToList());
            var stopwatch = Stopwatch.StartNew();
            saved = (await editing.SaveAsync(admin, draft.Id, saved.Version, request))!;
            stopwatch.Stop();
            if (i >= Warmup)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        Assert.Equal(Saves, times.Count);
        Assert.Equal(seed.Achievements.Count, saved.Achievements.Count);
        times.Sort();
        var characters = saved.Achievements.Sum(a => a.Text.Length) + saved.PlannedTasks.Sum(t => t.Text.Length);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"SaveAsync, {Saves} saves of {saved.Achievements.Count} achievements / {saved.PlannedTasks.Count} tasks / {saved.IndicatorValues.Count} values ({characters} characters): " +
            $"p50 {Percentile(times, 0.50):0.0} ms, p95 {Percentile(times, 0.95):0.0} ms, max {times[^1]:0.0} ms, mean {times.Average():0.0} ms"));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
