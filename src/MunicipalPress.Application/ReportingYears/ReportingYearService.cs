using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.FigureChecks;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.ReportingYears;

public sealed class ReportingYearService(IMunicipalPressDbFactory dbFactory, FigureCheckService figureChecks)
{
    public async Task<IReadOnlyList<ReportingYearDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.ReportingYears.AsNoTracking()
            .OrderByDescending(y => y.Year)
            .Select(y => new ReportingYearDto(y.Year, y.OpensOn, y.Deadline, y.State))
            .ToListAsync(cancellationToken);
    }

    public async Task<ReportingYearDto> CreateAsync(Actor actor, ReportingYearRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        if (await db.ReportingYears.AnyAsync(y => y.Year == request.Year, cancellationToken))
        {
            RequestValidator.Fail("year", $"Reporting year {request.Year} already exists.");
        }

        var year = new ReportingYear(request.Year, request.OpensOn, request.Deadline);
        db.ReportingYears.Add(year);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(year);
    }

    public async Task<ReportingYearDto?> UpdateAsync(Actor actor, int year, ReportingYearRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        if (request.Year != year)
        {
            RequestValidator.Fail("year", "The year of a campaign cannot change.");
        }

        return await ChangeAsync(actor, year, y => y.SetDates(request.OpensOn, request.Deadline), cancellationToken);
    }

    public Task<ReportingYearDto?> OpenAsync(Actor actor, int year, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, year, y => y.Open(), cancellationToken);

    public Task<ReportingYearDto?> CloseAsync(Actor actor, int year, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, year, y => y.Close(), cancellationToken);

    /// <summary>
    /// Who has reported for the year (analysts and administrators: it reveals drafts). Every active municipality
    /// appears, with no report as NotStarted. Null when the year does not exist.
    /// </summary>
    public async Task<CompletenessDto?> GetCompletenessAsync(Actor actor, int year, CancellationToken cancellationToken = default)
    {
        if (!ReportAccess.CanReview(actor))
        {
            throw new ForbiddenException("Completeness is for analysts and administrators.");
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var campaign = await db.ReportingYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var rows = await (
                from m in db.Municipalities.AsNoTracking()
                where !m.IsArchived
                join r in db.AnnualReports.Where(r => r.Year == year) on m.Id equals r.MunicipalityId into reports
                from r in reports.DefaultIfEmpty()
                orderby m.Region!.Name, m.Name
                select new
                {
                    m.RegionId,
                    Region = m.Region!.Name,
                    m.Id,
                    m.Name,
                    ReportId = (int?)r.Id,
                    Status = (ReportStatus?)r.Status,
                    SubmittedAt = (DateTimeOffset?)r.SubmittedAt,
                    IsLate = (bool?)r.IsLate,
                    UpdatedAt = (DateTimeOffset?)r.UpdatedAt,
                })
            .ToListAsync(cancellationToken);
        var toCheck = await figureChecks.CountOpenAsync(db, db.AnnualReports.Where(r => r.Year == year), cancellationToken);
        var regions = rows
            .GroupBy(r => (r.RegionId, r.Region))
            .Select(g => new RegionCompletenessDto(
                g.Key.RegionId,
                g.Key.Region,
                g.Select(r => new CompletenessRowDto(
                    r.Id, r.Name, Categorise(r.Status, r.IsLate ?? false), r.ReportId, r.SubmittedAt, r.IsLate ?? false, r.UpdatedAt,
                    r.ReportId is { } id ? toCheck.GetValueOrDefault(id) : null)).ToList()))
            .ToList();
        var counts = Enum.GetValues<CompletenessCategory>().ToDictionary(
            c => c,
            c => regions.Sum(g => g.Municipalities.Count(m => m.Category == c)));
        var late = regions.Sum(g => g.Municipalities.Count(m => m.IsLate));
        return new CompletenessDto(campaign.Year, campaign.State, campaign.Deadline, counts, late, regions);
    }

    private static CompletenessCategory Categorise(ReportStatus? status, bool isLate) => status switch
    {
        null => CompletenessCategory.NotStarted,
        ReportStatus.Draft => CompletenessCategory.Draft,
        ReportStatus.Returned => CompletenessCategory.Returned,
        ReportStatus.Approved => CompletenessCategory.Approved,
        _ => isLate ? CompletenessCategory.SubmittedLate : CompletenessCategory.SubmittedOnTime,
    };

    private async Task<ReportingYearDto?> ChangeAsync(Actor actor, int year, Action<ReportingYear> change, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdministrator(actor);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        var campaign = await db.ReportingYears.SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        change(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(campaign);
    }

    private static ReportingYearDto ToDto(ReportingYear y) => new(y.Year, y.OpensOn, y.Deadline, y.State);
}
