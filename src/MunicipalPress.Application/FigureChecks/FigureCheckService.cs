using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Auditing;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.FigureChecks;

/// <summary>
/// The figure checks of stored reports: reads what <see cref="FigureChecker"/> needs (last year's approved values,
/// the region's usual ranges, the marks) and runs it. Reading the checks needs the right to read the report;
/// marking one as intended is for the city's writers while the report is editable and for reviewers while it
/// waits for review.
/// </summary>
public sealed class FigureCheckService(IMunicipalPressDbFactory dbFactory, TimeProvider clock, FigureCheckOptions options)
{
    public const string AuditEntityType = "FigureCheck";
    public const string AcknowledgeAction = "Acknowledge";

    public async Task<FigureChecksDto?> GetAsync(Actor actor, int reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var subject = await LoadSubjectsAsync(db, db.AnnualReports.Where(r => r.Id == reportId).Where(ReportAccess.ReadableBy(actor)), cancellationToken);
        return subject.Count == 0 ? null : ToDto((await CheckAsync(db, subject, cancellationToken))[0]);
    }

    /// <summary>What the form needs to run the checks itself as the officer types; null when the report is not readable.</summary>
    public async Task<FigureCheckContext?> GetContextAsync(Actor actor, int reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var subject = await LoadSubjectsAsync(db, db.AnnualReports.Where(r => r.Id == reportId).Where(ReportAccess.ReadableBy(actor)), cancellationToken);
        return subject.Count == 0 ? null : (await ContextsAsync(db, subject, cancellationToken))[0];
    }

    public async Task<FigureChecksDto?> AcknowledgeAsync(Actor actor, int reportId, AcknowledgeFlagRequest request, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(request);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var report = await db.AnnualReports
            .Where(r => r.Id == reportId)
            .Where(ReportAccess.ReadableBy(actor))
            .Include(r => r.AcknowledgedFlags)
            .SingleOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return null;
        }

        var mayMark = (ReportAccess.CanWrite(actor, report.MunicipalityId) && report.IsEditable)
            || (ReportAccess.CanReview(actor) && report.Status == ReportStatus.Submitted);
        if (!mayMark)
        {
            throw new ForbiddenException("Checks are marked by the city while it edits the report, or by a reviewer while it waits for review.");
        }

        var subject = await LoadSubjectsAsync(db, db.AnnualReports.AsNoTracking().Where(r => r.Id == reportId), cancellationToken);
        var flags = (await CheckAsync(db, subject, cancellationToken))[0].Flags;
        var key = request.Key!.Trim();
        if (flags.All(f => f.Key != key))
        {
            RequestValidator.Fail("key", "The report has no such check (its figures may have changed): read the checks again.");
        }

        var now = clock.GetUtcNow();
        if (report.AcknowledgedFlags.All(f => f.Key != key))
        {
            report.AcknowledgeFlag(key, new Reviewer(actor.UserId, actor.Name), now);
            db.AuditEntries.Add(new AuditEntry(
                now, actor.UserId, actor.Name, AcknowledgeAction, AuditEntityType,
                report.Id.ToString(CultureInfo.InvariantCulture), report.MunicipalityId, null,
                JsonSerializer.Serialize(new { key })));
            await db.SaveChangesAsync(cancellationToken);
        }

        var acknowledged = report.AcknowledgedFlags.Select(f => f.Key).ToHashSet();
        return ToDto(new Result(subject[0], flags.Select(f => f with { IsAcknowledged = acknowledged.Contains(f.Key) }).ToList()));
    }

    /// <summary>The open flags of one report (for submit, which warns with them).</summary>
    internal async Task<IReadOnlyList<FigureFlag>> OpenFlagsAsync(IMunicipalPressDb db, int reportId, CancellationToken cancellationToken)
    {
        var subject = await LoadSubjectsAsync(db, db.AnnualReports.AsNoTracking().Where(r => r.Id == reportId), cancellationToken);
        return subject.Count == 0 ? [] : (await CheckAsync(db, subject, cancellationToken))[0].Flags.Where(f => !f.IsAcknowledged).ToList();
    }

    /// <summary>Open flags per report, for many reports at once (the completeness page's column).</summary>
    internal async Task<IReadOnlyDictionary<int, int>> CountOpenAsync(IMunicipalPressDb db, IQueryable<AnnualReport> reports, CancellationToken cancellationToken)
    {
        var subjects = await LoadSubjectsAsync(db, reports, cancellationToken);
        var results = await CheckAsync(db, subjects, cancellationToken);
        return results.ToDictionary(r => r.Subject.Id, r => r.Flags.Count(f => !f.IsAcknowledged));
    }

    private async Task<List<Result>> CheckAsync(IMunicipalPressDb db, List<Subject> subjects, CancellationToken cancellationToken)
    {
        var contexts = await ContextsAsync(db, subjects, cancellationToken);
        return subjects
            .Select((s, i) => new Result(s, FigureChecker.Check(contexts[i].InputFor(s.Achievements, s.Values), options)))
            .ToList();
    }

    private static async Task<List<Subject>> LoadSubjectsAsync(IMunicipalPressDb db, IQueryable<AnnualReport> reports, CancellationToken cancellationToken)
    {
        var rows = await reports.AsNoTracking()
            .Select(r => new
            {
                r.Id,
                r.MunicipalityId,
                r.Year,
                Achievements = r.Achievements.OrderBy(a => a.Order).Select(a => a.Text).ToList(),
                Values = r.IndicatorValues.Select(v => new { v.IndicatorId, v.Value }).ToList(),
                Acknowledged = r.AcknowledgedFlags.Select(f => f.Key).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var codes = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Code, cancellationToken);
        return rows
            .Select(r => new Subject(
                r.Id,
                r.MunicipalityId,
                r.Year,
                r.Achievements,
                r.Values.Where(v => codes.ContainsKey(v.IndicatorId)).ToDictionary(v => codes[v.IndicatorId], v => v.Value),
                r.Acknowledged.ToHashSet()))
            .ToList();
    }

    /// <summary>
    /// Last year's approved values, the population and the region's usual ranges for each subject, read in a few
    /// queries however many subjects there are.
    /// </summary>
    private async Task<List<FigureCheckContext>> ContextsAsync(IMunicipalPressDb db, List<Subject> subjects, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.IsActive && i.IsPublished)
            .Select(i => new { i.Id, i.Code, i.Kind })
            .ToListAsync(cancellationToken);
        var knownCodes = indicators.Select(i => i.Code).ToHashSet();
        var countIds = indicators.Where(i => i.Kind == IndicatorKind.Count).ToDictionary(i => i.Id, i => i.Code);
        var municipalityIds = subjects.Select(s => s.MunicipalityId).Distinct().ToList();
        var places = await db.Municipalities.AsNoTracking()
            .Where(m => municipalityIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => new { m.RegionId, m.Population }, cancellationToken);

        var lastYears = subjects.Select(s => s.Year - 1).Distinct().ToList();
        var previous = await db.AnnualReports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Approved && lastYears.Contains(r.Year) && municipalityIds.Contains(r.MunicipalityId))
            .SelectMany(r => r.IndicatorValues.Select(v => new { r.MunicipalityId, r.Year, v.IndicatorId, v.Value }))
            .ToListAsync(cancellationToken);
        var codeOf = indicators.ToDictionary(i => i.Id, i => i.Code);
        var lastYearValues = previous
            .Where(v => codeOf.ContainsKey(v.IndicatorId))
            .GroupBy(v => (v.MunicipalityId, v.Year))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(v => codeOf[v.IndicatorId], v => v.Value));

        var regionIds = places.Values.Select(p => p.RegionId).Distinct().ToList();
        var firstYear = subjects.Min(s => s.Year) - options.RegionYears;
        var lastYear = subjects.Max(s => s.Year) - 1;
        var countIdList = countIds.Keys.ToList();
        var peers = await (
                from r in db.AnnualReports.AsNoTracking()
                where r.Status == ReportStatus.Approved && r.Year >= firstYear && r.Year <= lastYear
                join m in db.Municipalities on r.MunicipalityId equals m.Id
                where regionIds.Contains(m.RegionId) && m.Population != null && m.Population > 0
                from v in r.IndicatorValues
                where countIdList.Contains(v.IndicatorId)
                select new Peer(m.RegionId, r.MunicipalityId, r.Year, v.IndicatorId, v.Value * 10_000m / m.Population!.Value))
            .ToListAsync(cancellationToken);
        var peersByRegion = peers.GroupBy(p => p.RegionId).ToDictionary(g => g.Key, g => g.ToList());

        return subjects.Select(s =>
            {
                var place = places.GetValueOrDefault(s.MunicipalityId);
                var ranges = place is null || !peersByRegion.TryGetValue(place.RegionId, out var regionPeers)
                    ? new Dictionary<string, RegionRange>()
                    : Ranges(regionPeers, s, countIds);
                return new FigureCheckContext(
                    s.Id,
                    s.Year,
                    lastYearValues.GetValueOrDefault((s.MunicipalityId, s.Year - 1)) ?? new Dictionary<string, decimal>(),
                    knownCodes,
                    place?.Population,
                    ranges,
                    s.Acknowledged);
            })
            .ToList();
    }

    /// <summary>The region's other cities in the years before the report: first to third quartile per 10,000 residents, widened by the factor.</summary>
    private Dictionary<string, RegionRange> Ranges(List<Peer> regionPeers, Subject subject, Dictionary<int, string> countIds)
    {
        var ranges = new Dictionary<string, RegionRange>();
        var fromYear = subject.Year - options.RegionYears;
        foreach (var group in regionPeers
                     .Where(p => p.MunicipalityId != subject.MunicipalityId && p.Year >= fromYear && p.Year < subject.Year)
                     .GroupBy(p => p.IndicatorId))
        {
            var values = group.Select(p => p.Per10K).Order().ToList();
            if (values.Count < options.MinRegionPeers)
            {
                continue;
            }

            var q1 = Quantile(values, 0.25m);
            var q3 = Quantile(values, 0.75m);
            ranges[countIds[group.Key]] = new RegionRange(q1 / options.RegionRangeFactor, q3 * options.RegionRangeFactor, values.Count);
        }

        return ranges;
    }

    private static decimal Quantile(List<decimal> sorted, decimal q)
    {
        var position = (sorted.Count - 1) * q;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }

    private static FigureChecksDto ToDto(Result result) =>
        new(result.Subject.Id, result.Subject.Year,
            result.Flags.Where(f => !f.IsAcknowledged).ToList(),
            result.Flags.Where(f => f.IsAcknowledged).ToList());

    private sealed record Subject(
        int Id, int MunicipalityId, int Year, List<string> Achievements, Dictionary<string, decimal> Values, HashSet<string> Acknowledged);

    private sealed record Result(Subject Subject, IReadOnlyList<FigureFlag> Flags);

    private sealed record Peer(int RegionId, int MunicipalityId, int Year, int IndicatorId, decimal Per10K);
}
