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
        // MigrateAsync creates the history table before reading it; asking for pending migrations first on an
        // empty database makes EF log a failed query, which reads like an error on every first start.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database schema is up to date");
    }

    public async Task SeedDemoDataAsync(CancellationToken cancellationToken = default) =>
        await demoDataSeeder.SeedAsync(cancellationToken);
}
