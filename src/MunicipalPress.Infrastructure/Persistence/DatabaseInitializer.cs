using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Infrastructure.Persistence;

/// <summary>
/// Applies migrations and, when asked, seeds the demo data (Development, `cli seed-demo`). Both run under
/// <see cref="DatabaseStartupLock"/>, so instances started at once on one database take turns.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<MunicipalPressDbContext> dbFactory,
    DemoDataSeeder demoDataSeeder,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(dbFactory, logger, cancellationToken);
        logger.LogInformation("Database schema is up to date");
    }

    /// <summary>Migrates and seeds in one turn of the lock, so a waiting instance finds both done.</summary>
    public async Task MigrateAndSeedDemoDataAsync(CancellationToken cancellationToken = default)
    {
        await using var startupLock = await AcquireLockAsync(dbFactory, logger, cancellationToken);
        await MigrateUnlockedAsync(dbFactory, cancellationToken);
        logger.LogInformation("Database schema is up to date");
        await demoDataSeeder.SeedAsync(cancellationToken);
    }

    /// <summary>Applies the migrations; also for hosts without the demo data's services (the benchmarks).</summary>
    public static async Task MigrateAsync(
        IDbContextFactory<MunicipalPressDbContext> dbFactory, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        await using var startupLock = await AcquireLockAsync(dbFactory, logger ?? NullLogger.Instance, cancellationToken);
        await MigrateUnlockedAsync(dbFactory, cancellationToken);
    }

    private static async Task<DatabaseStartupLock> AcquireLockAsync(
        IDbContextFactory<MunicipalPressDbContext> dbFactory, ILogger logger, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DatabaseStartupLock.AcquireAsync(db.Database.GetConnectionString()!, logger, cancellationToken);
    }

    private static async Task MigrateUnlockedAsync(IDbContextFactory<MunicipalPressDbContext> dbFactory, CancellationToken cancellationToken)
    {
        // On an empty database EF reads the history table before creating it and logs the failed query as an
        // error, which reads like a fault on every first start: create the table first.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
