using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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
        await MigrateAsync(dbFactory, cancellationToken);
        logger.LogInformation("Database schema is up to date");
    }

    /// <summary>Applies the migrations; also for hosts without the demo data's services (the benchmarks).</summary>
    public static async Task MigrateAsync(IDbContextFactory<MunicipalPressDbContext> dbFactory, CancellationToken cancellationToken = default)
    {
        // On an empty database EF reads the history table before creating it and logs the failed query as an
        // error, which reads like a fault on every first start: create the table first.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public async Task SeedDemoDataAsync(CancellationToken cancellationToken = default) =>
        await demoDataSeeder.SeedAsync(cancellationToken);
}
