using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;

namespace MunicipalPress.Application.Indicators;

public sealed class IndicatorService(IMunicipalPressDbFactory dbFactory)
{
    public async Task<IReadOnlyList<IndicatorDto>> ListAsync(
        bool includeInactive = true,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var indicators = db.Indicators.AsNoTracking();
        if (!includeInactive)
        {
            indicators = indicators.Where(i => i.IsActive);
        }

        return await indicators
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new IndicatorDto(
                i.Id, i.Code, i.NameRu, i.NameUk, i.NameEn, i.Unit, i.Kind, i.Category,
                i.MinValue, i.MaxValue, i.IsRequired, i.IsActive, i.SortOrder))
            .ToListAsync(cancellationToken);
    }
}
