using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;

namespace MunicipalPress.Infrastructure.Persistence;

public sealed class MunicipalPressDbFactory(IDbContextFactory<MunicipalPressDbContext> factory) : IMunicipalPressDbFactory
{
    public async Task<IMunicipalPressDb> CreateAsync(CancellationToken cancellationToken = default) =>
        await factory.CreateDbContextAsync(cancellationToken);
}
