using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;

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
}
