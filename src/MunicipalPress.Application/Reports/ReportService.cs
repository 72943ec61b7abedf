using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Analytics;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

/// <summary>Reading reports. Every query is filtered by <see cref="ReportAccess"/> for the actor.</summary>
public sealed class ReportService(IMunicipalPressDbFactory dbFactory)
{
    public async Task<PagedResult<ReportSummaryDto>> ListAsync(
        Actor actor,
        ReportQuery query,
        CancellationToken cancellationToken = default)
    {
        var (page, pageSize) = Paging.Clamp(query.Page, query.PageSize, ReportQuery.MaxPageSize);

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var reports = db.AnnualReports.AsNoTracking().Where(ReportAccess.ReadableBy(actor));
        if (query.Year is { } year)
        {
            reports = reports.Where(r => r.Year == year);
        }

        if (query.MunicipalityId is { } municipalityId)
        {
            reports = reports.Where(r => r.MunicipalityId == municipalityId);
        }

        if (query.Status is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }

        var total = await reports.CountAsync(cancellationToken);
        var rows =
            from r in reports
            join m in db.Municipalities on r.MunicipalityId equals m.Id
            select new { Report = r, Municipality = m.Name, Region = m.Region!.Name };
        var descending = query.Descending;
        var sorted = query.Sort switch
        {
            ReportSort.Year => SortBy(rows, x => x.Report.Year, descending),
            ReportSort.Municipality => SortBy(rows, x => x.Municipality, descending),
            ReportSort.Region => SortBy(rows, x => x.Region, descending),
            ReportSort.Status => SortBy(
                rows,
                x => x.Report.Status == ReportStatus.Draft ? 0
                    : x.Report.Status == ReportStatus.Submitted ? 1
                    : x.Report.Status == ReportStatus.Returned ? 2
                    : 3,
                descending),
            ReportSort.SubmittedAt => SortBy(rows, x => x.Report.SubmittedAt, descending),
            ReportSort.UpdatedAt => SortBy(rows, x => x.Report.UpdatedAt, descending),
            _ => rows.OrderByDescending(x => x.Report.Year),
        };
        var items = await sorted
            .ThenByDescending(x => x.Report.Year)
            .ThenBy(x => x.Municipality)
            .ThenBy(x => x.Report.Id)
            .Select(x => new ReportSummaryDto(
                x.Report.Id, x.Report.MunicipalityId, x.Municipality, x.Region, x.Report.Year, x.Report.Status,
                x.Report.IsLate, x.Report.SubmittedAt, x.Report.ApprovedAt, x.Report.UpdatedAt))
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<ReportSummaryDto>(items, total, page, pageSize);
    }

    public async Task<ReportDto?> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await LoadAsync(db, actor, db.AnnualReports.Where(r => r.Id == id), cancellationToken);
    }

    public async Task<ReportDto?> GetByMunicipalityAndYearAsync(
        Actor actor,
        int municipalityId,
        int year,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await LoadAsync(
            db,
            actor,
            db.AnnualReports.Where(r => r.MunicipalityId == municipalityId && r.Year == year),
            cancellationToken);
    }

    /// <summary>
    /// An indicator's values over all reporting years, for one municipality; missing years are null. Only counted
    /// reports (<see cref="AnalyticsFacts"/>): a draft's figure is not a year's value yet.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorPointDto>> GetIndicatorSeriesAsync(
        Actor actor,
        int municipalityId,
        int indicatorId,
        CountedReports counted = CountedReports.Approved,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var values = await db.AnnualReports.AsNoTracking()
            .Where(r => r.MunicipalityId == municipalityId)
            .CountedFor(actor, counted)
            .SelectMany(r => r.IndicatorValues
                .Where(v => v.IndicatorId == indicatorId)
                .Select(v => new { r.Year, v.Value }))
            .ToDictionaryAsync(v => v.Year, v => v.Value, cancellationToken);
        var years = await db.ReportingYears.AsNoTracking()
            .OrderBy(y => y.Year)
            .Select(y => y.Year)
            .ToListAsync(cancellationToken);
        return years
            .Select(y => new IndicatorPointDto(y, values.TryGetValue(y, out var v) ? v : null))
            .ToList();
    }

    internal static async Task<ReportDto?> LoadAsync(
        IMunicipalPressDb db,
        Actor actor,
        IQueryable<AnnualReport> source,
        CancellationToken cancellationToken)
    {
        var report = await source
            .AsNoTracking()
            .Where(ReportAccess.ReadableBy(actor))
            .Include(r => r.Achievements)
            .Include(r => r.PlannedTasks)
            .Include(r => r.IndicatorValues)
            .Include(r => r.PeerHighlights)
            .Include(r => r.ReviewComments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return null;
        }

        var municipality = await db.Municipalities.AsNoTracking()
            .Where(m => m.Id == report.MunicipalityId)
            .Select(m => new { m.Name, m.RegionId, RegionName = m.Region!.Name })
            .SingleAsync(cancellationToken);
        var codes = await db.Indicators.AsNoTracking()
            .ToDictionaryAsync(i => i.Id, i => i.Code, cancellationToken);
        var mentionedIds = report.PeerHighlights.Select(h => h.MentionedMunicipalityId).Distinct().ToList();
        var mentioned = await db.Municipalities.AsNoTracking()
            .Where(m => mentionedIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);

        return new ReportDto(
            report.Id,
            report.MunicipalityId,
            municipality.Name,
            municipality.RegionId,
            municipality.RegionName,
            report.Year,
            report.Status,
            report.IsLate,
            report.CreatedAt,
            report.UpdatedAt,
            report.SubmittedAt,
            report.ApprovedAt,
            report.Version,
            report.Achievements.OrderBy(a => a.Order)
                .Select(a => new AchievementDto(a.Id, a.Direction, a.Text, a.Order)).ToList(),
            report.PlannedTasks.OrderBy(t => t.Order)
                .Select(t => new PlannedTaskDto(t.Id, t.Text, t.Direction, t.Order, t.Outcome, t.OutcomeComment))
                .ToList(),
            report.IndicatorValues
                .Select(v => new IndicatorValueDto(v.IndicatorId, codes.GetValueOrDefault(v.IndicatorId, "?"), v.Value, v.Note))
                .ToList(),
            report.PeerHighlights.OrderBy(h => h.Order)
                .Select(h => new PeerHighlightDto(
                    h.Id, h.MentionedMunicipalityId, mentioned.GetValueOrDefault(h.MentionedMunicipalityId, "?"), h.Text))
                .ToList(),
            report.ReviewComments.OrderBy(c => c.CreatedAt)
                .Select(c => new ReviewCommentDto(c.Id, c.AuthorName, c.Text, c.CreatedAt)).ToList());
    }

    private static IOrderedQueryable<T> SortBy<T, TKey>(IQueryable<T> source, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? source.OrderByDescending(key) : source.OrderBy(key);
}
