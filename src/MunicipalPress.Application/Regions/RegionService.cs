using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Application.Regions;

public sealed class RegionService(IMunicipalPressDbFactory dbFactory)
{
    public async Task<IReadOnlyList<RegionDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.Regions
            .AsNoTracking()
            .OrderBy(r => r.Name)
            .Select(r => new RegionDto(
                r.Id,
                r.Name,
                r.CountryCode,
                db.Municipalities.Count(m => m.RegionId == r.Id && !m.IsArchived)))
            .ToListAsync(cancellationToken);
    }

    public async Task<RegionDto?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).SingleOrDefault(r => r.Id == id);

    public async Task<RegionDto> CreateAsync(Actor actor, RegionRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        await EnsureUniqueNameAsync(db, request.Name, null, cancellationToken);
        var region = new Region(request.Name, request.CountryCode);
        db.Regions.Add(region);
        await db.SaveChangesAsync(cancellationToken);
        return new RegionDto(region.Id, region.Name, region.CountryCode, 0);
    }

    public async Task<RegionDto?> UpdateAsync(Actor actor, int id, RegionRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (region is null)
        {
            return null;
        }

        await EnsureUniqueNameAsync(db, request.Name, id, cancellationToken);
        region.Rename(request.Name, request.CountryCode);
        await db.SaveChangesAsync(cancellationToken);
        return new RegionDto(
            region.Id,
            region.Name,
            region.CountryCode,
            await db.Municipalities.CountAsync(m => m.RegionId == id && !m.IsArchived, cancellationToken));
    }

    private static async Task EnsureUniqueNameAsync(IMunicipalPressDb db, string name, int? exceptId, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (await db.Regions.AnyAsync(r => r.Name == trimmed && r.Id != exceptId, cancellationToken))
        {
            RequestValidator.Fail("name", $"A region named {trimmed} already exists.");
        }
    }
}
