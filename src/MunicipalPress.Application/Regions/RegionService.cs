using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;

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
}
