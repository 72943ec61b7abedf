using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Infrastructure.Persistence;

/// <summary>Applies migrations and, when asked, seeds the demo data (Development, `cli seed-demo`).</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<MunicipalPressDbContext> dbFactory,
    DemoDataSeeder demoDataSeeder,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    public async Task SeedDemoDataAsync(CancellationToken cancellationToken = default) =>
        await demoDataSeeder.SeedAsync(cancellationToken);
}
