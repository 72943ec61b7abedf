using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reporting;

namespace MunicipalPress.Application.ReportingYears;

public sealed class ReportingYearService(IMunicipalPressDbFactory dbFactory)
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
