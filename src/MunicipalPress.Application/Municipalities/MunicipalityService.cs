using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Application.Municipalities;

public sealed class MunicipalityService(IMunicipalPressDbFactory dbFactory)
{
    public async Task<IReadOnlyList<MunicipalityDto>> ListAsync(
        MunicipalityQuery query,
        CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(query);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var municipalities = db.Municipalities.AsNoTracking();
        if (!query.IncludeArchived)
        {
            municipalities = municipalities.Where(m => !m.IsArchived);
        }

        if (query.RegionId is { } regionId)
        {
            municipalities = municipalities.Where(m => m.RegionId == regionId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + EscapeLike(query.Search.Trim()) + "%";
            municipalities = municipalities.Where(m =>
                EF.Functions.ILike(m.Name, pattern, "\\") || EF.Functions.ILike(m.Region!.Name, pattern, "\\"));
        }

        return await municipalities
            .OrderBy(m => m.Name)
            .Select(ToDto)
            .ToListAsync(cancellationToken);
    }

    public async Task<MunicipalityDto?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.Municipalities.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(ToDto)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The municipality with every reporting year and the report the actor may see for it.</summary>
    public async Task<MunicipalityDetailsDto?> GetDetailsAsync(
        Actor actor,
        int id,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var municipality = await db.Municipalities.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(ToDto)
            .SingleOrDefaultAsync(cancellationToken);
        if (municipality is null)
        {
            return null;
        }

        var reports = await db.AnnualReports.AsNoTracking()
            .Where(r => r.MunicipalityId == id)
            .Where(ReportAccess.ReadableBy(actor))
            .Select(r => new { r.Id, r.Year, r.Status, r.IsLate, r.SubmittedAt })
            .ToDictionaryAsync(r => r.Year, cancellationToken);
        var years = await db.ReportingYears.AsNoTracking()
            .OrderByDescending(y => y.Year)
            .ToListAsync(cancellationToken);

        var rows = years
            .Select(y => reports.TryGetValue(y.Year, out var r)
                ? new MunicipalityYearDto(y.Year, y.State, y.Deadline, r.Id, r.Status, r.IsLate, r.SubmittedAt)
                : new MunicipalityYearDto(y.Year, y.State, y.Deadline, null, null, false, null))
            .ToList();
        return new MunicipalityDetailsDto(municipality, rows);
    }

    public async Task<MunicipalityDto> CreateAsync(Actor actor, MunicipalityRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        await EnsureRegionAsync(db, request.RegionId, cancellationToken);
        var baseSlug = Slugs.FromName(request.Name);
        var slug = baseSlug;
        for (var i = 2; await db.Municipalities.AnyAsync(m => m.Slug == slug, cancellationToken); i++)
        {
            slug = $"{baseSlug}-{i}";
        }

        var municipality = new Municipality(request.Name, slug, request.Kind, request.RegionId, request.Population);
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync(cancellationToken);
        return (await GetAsync(municipality.Id, cancellationToken))!;
    }

    public async Task<MunicipalityDto?> UpdateAsync(Actor actor, int id, MunicipalityRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (municipality is null)
        {
            return null;
        }

        await EnsureRegionAsync(db, request.RegionId, cancellationToken);
        municipality.Update(request.Name, request.Kind, request.RegionId, request.Population);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Archived municipalities keep their reports and drop out of lists and pickers.</summary>
    public async Task<MunicipalityDto?> SetArchivedAsync(Actor actor, int id, bool archived, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (municipality is null)
        {
            return null;
        }

        if (archived)
        {
            municipality.Archive();
        }
        else
        {
            municipality.Restore();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private static async Task EnsureRegionAsync(IMunicipalPressDb db, int regionId, CancellationToken cancellationToken)
    {
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            RequestValidator.Fail("regionId", $"Region {regionId} does not exist.");
        }
    }

    private static readonly System.Linq.Expressions.Expression<Func<Municipality, MunicipalityDto>> ToDto =
        m => new MunicipalityDto(m.Id, m.Name, m.Slug, m.Kind, m.RegionId, m.Region!.Name, m.Population, m.IsArchived);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
