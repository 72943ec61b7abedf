using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Analytics;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Digests;

/// <summary>
/// The association's annual digest and the same document for one report. Which reports are in a year's digest is
/// <see cref="AnalyticsFacts"/>' rule (approved only unless submitted ones are asked for); who may have it is the
/// rule of the year's other overviews (analysts and administrators). A single report follows the report read rules.
/// The content is read a batch of cities at a time and written through, so a large year is never all in memory.
/// </summary>
public sealed class DigestService(IMunicipalPressDbFactory dbFactory, IEnumerable<IDigestWriter> writers, TimeProvider clock)
{
    /// <summary>Cities read per query while writing.</summary>
    public const int BatchSize = 50;

    /// <summary>How many of the most widely reported indicators the closing summary table shows.</summary>
    public const int SummaryColumns = 6;

    /// <summary>Null when the reporting year does not exist.</summary>
    public async Task<DigestPlan?> PlanYearAsync(Actor actor, DigestQuery query, string? language, CancellationToken cancellationToken = default)
    {
        if (!ReportAccess.CanReview(actor))
        {
            throw new ForbiddenException("The annual digest is for analysts and administrators.");
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (!await db.ReportingYears.AnyAsync(y => y.Year == query.Year, cancellationToken))
        {
            return null;
        }

        string? regionName = null;
        if (query.RegionId is { } regionId)
        {
            regionName = await db.Regions.Where(r => r.Id == regionId).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
            if (regionName is null)
            {
                RequestValidator.Fail("regionId", $"Region {regionId} does not exist.");
            }
        }

        var entries = await (
                from r in db.AnnualReports.AsNoTracking().CountedFor(actor, AnalyticsFacts.Basis(query.IncludeSubmitted))
                where r.Year == query.Year
                join m in db.Municipalities on r.MunicipalityId equals m.Id
                where query.RegionId == null || m.RegionId == query.RegionId
                orderby m.Region!.Name, m.Name, r.Id
                select new DigestEntry(r.Id, m.Id, m.Name, m.Region!.Name, r.Status))
            .ToListAsync(cancellationToken);
        var header = new DigestHeader(DigestKind.Year, query.Year, regionName, Today(), DigestText.For(language), entries);
        var stem = query.RegionId is { } id ? $"digest-{query.Year}-region-{id}" : $"digest-{query.Year}";
        return new DigestPlan(actor, header, query.IncludeSubmitted, stem);
    }

    /// <summary>One report as a document; null when it does not exist or the actor may not read it.</summary>
    public async Task<DigestPlan?> PlanReportAsync(Actor actor, int reportId, string? language, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var entry = await (
                from r in db.AnnualReports.AsNoTracking().Where(ReportAccess.ReadableBy(actor))
                where r.Id == reportId
                join m in db.Municipalities on r.MunicipalityId equals m.Id
                select new { Entry = new DigestEntry(r.Id, m.Id, m.Name, m.Region!.Name, r.Status), r.Year, m.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var header = new DigestHeader(DigestKind.Report, entry.Year, entry.Entry.RegionName, Today(), DigestText.For(language), [entry.Entry]);
        return new DigestPlan(actor, header, IncludeSubmitted: true, $"report-{entry.Slug}-{entry.Year}");
    }

    /// <summary>Writes the planned document to <paramref name="output"/>, passing it on city by city.</summary>
    public async Task WriteAsync(
        DigestPlan plan,
        DigestFormat format,
        Stream output,
        IProgress<DigestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var writer = writers.SingleOrDefault(w => w.Format == format)
            ?? throw new InvalidOperationException($"No digest writer for {format} is registered.");
        var header = plan.Header;
        var entries = header.Entries;
        Dictionary<int, Indicator> indicators;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
        }

        var summary = new SummaryBuilder(indicators, header.Text.Language);
        await using var spool = new DigestSpool();
        using (var document = writer.Begin(spool, header))
        {
            await spool.DrainToAsync(output, cancellationToken);
            progress?.Report(new DigestProgress(0, entries.Count));
            for (var start = 0; start < entries.Count; start += BatchSize)
            {
                var batch = entries.Skip(start).Take(BatchSize).ToList();
                foreach (var city in await ReadBatchAsync(plan, batch, indicators, cancellationToken))
                {
                    document.WriteCity(city);
                    summary.Add(city);
                    await spool.DrainToAsync(output, cancellationToken);
                }

                progress?.Report(new DigestProgress(start + batch.Count, entries.Count));
            }

            document.Finish(header.Kind == DigestKind.Year ? summary.Build() : null);
        }

        await spool.DrainToAsync(output, cancellationToken);
    }

    private async Task<List<DigestCity>> ReadBatchAsync(
        DigestPlan plan, List<DigestEntry> batch, Dictionary<int, Indicator> indicators, CancellationToken cancellationToken)
    {
        var reportIds = batch.Select(e => e.ReportId).ToList();
        var cityIds = batch.Select(e => e.MunicipalityId).ToList();
        var year = plan.Header.Year;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var contents = await db.AnnualReports.AsNoTracking()
            .Where(r => reportIds.Contains(r.Id))
            .Select(r => new
            {
                r.Id,
                Achievements = r.Achievements.OrderBy(a => a.Order).Select(a => new { a.Direction, a.Text }).ToList(),
                Tasks = r.PlannedTasks.OrderBy(t => t.Order).Select(t => new { t.Direction, t.Text }).ToList(),
                Values = r.IndicatorValues.Select(v => new { v.IndicatorId, v.Value }).ToList(),
            })
            .AsSplitQuery()
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var previous = (await db.AnnualReports.AsNoTracking()
                .CountedFor(plan.Actor, AnalyticsFacts.Basis(plan.IncludeSubmitted))
                .Where(r => r.Year == year - 1 && cityIds.Contains(r.MunicipalityId))
                .SelectMany(r => r.IndicatorValues.Select(v => new { r.MunicipalityId, v.IndicatorId, v.Value }))
                .ToListAsync(cancellationToken))
            .ToDictionary(v => (v.MunicipalityId, v.IndicatorId), v => v.Value);
        var populations = await db.Municipalities.AsNoTracking()
            .Where(m => cityIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.Population, cancellationToken);
        var language = plan.Header.Text.Language;

        // A report that left the plan's rule since (reopened, say) is written with what it holds now: the contents
        // already list it, and a digest with a hole in it would be worse.
        var cities = new List<DigestCity>(batch.Count);
        foreach (var entry in batch)
        {
            if (!contents.TryGetValue(entry.ReportId, out var content))
            {
                continue;
            }

            var rows = content.Values
                .Where(v => indicators.ContainsKey(v.IndicatorId))
                .Select(v => (Indicator: indicators[v.IndicatorId], v.Value))
                .OrderBy(v => v.Indicator.SortOrder).ThenBy(v => v.Indicator.Code)
                .Select(v => new DigestIndicatorRow(
                    v.Indicator.Code,
                    v.Indicator.NameFor(language),
                    v.Indicator.Unit,
                    v.Value,
                    previous.TryGetValue((entry.MunicipalityId, v.Indicator.Id), out var before) ? before : null))
                .ToList();
            cities.Add(new DigestCity(
                entry,
                populations.GetValueOrDefault(entry.MunicipalityId),
                ByDirection(content.Achievements.Select(a => (a.Direction, a.Text))),
                ByDirection(content.Tasks.Select(t => (t.Direction, t.Text))),
                rows));
        }

        return cities;
    }

    /// <summary>Consecutive entries under the same direction, keeping the report's order.</summary>
    internal static List<DigestDirection> ByDirection(IEnumerable<(string? Direction, string Text)> entries)
    {
        var groups = new List<DigestDirection>();
        string? current = null;
        List<string>? texts = null;
        foreach (var (direction, text) in entries)
        {
            var name = string.IsNullOrWhiteSpace(direction) ? null : direction.Trim();
            if (texts is null || name != current)
            {
                texts = [];
                current = name;
                groups.Add(new DigestDirection(name, texts));
            }

            texts.Add(text);
        }

        return groups;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The closing table: kept small (the cities' values only), so it grows with the cities, not their texts.</summary>
    private sealed class SummaryBuilder(Dictionary<int, Indicator> indicators, string language)
    {
        private readonly List<(DigestEntry Entry, int? Population, Dictionary<string, decimal> Values)> _rows = [];
        private readonly Dictionary<string, int> _reportedBy = [];

        public void Add(DigestCity city)
        {
            var values = city.Indicators.ToDictionary(r => r.Code, r => r.Value);
            foreach (var code in values.Keys)
            {
                _reportedBy[code] = _reportedBy.GetValueOrDefault(code) + 1;
            }

            _rows.Add((city.Entry, city.Population, values));
        }

        /// <summary>The main indicators: the ones the most cities of the digest reported, in catalogue order.</summary>
        public DigestSummary Build()
        {
            var byCode = indicators.Values.ToDictionary(i => i.Code);
            var main = _reportedBy
                .OrderByDescending(r => r.Value).ThenBy(r => byCode[r.Key].SortOrder).ThenBy(r => r.Key)
                .Take(SummaryColumns)
                .Select(r => byCode[r.Key])
                .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
                .ToList();
            var columns = main.Select(i => new DigestSummaryColumn(i.Code, i.NameFor(language), i.Unit)).ToList();
            var rows = _rows.Select(r => new DigestSummaryRow(
                    r.Entry,
                    r.Population,
                    main.Select(i => r.Values.TryGetValue(i.Code, out var v) ? v : (decimal?)null).ToList(),
                    main.Select(i => r.Values.TryGetValue(i.Code, out var v) && i.Kind == IndicatorKind.Count
                        ? AnalyticsService.PerTenThousand(v, r.Population)
                        : null).ToList()))
                .ToList();
            return new DigestSummary(columns, rows);
        }
    }
}
