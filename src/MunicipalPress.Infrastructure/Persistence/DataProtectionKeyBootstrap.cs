using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MunicipalPress.Infrastructure.Persistence;

/// <summary>
/// Makes sure the key ring in the database has a key before the instance serves, under the start-up lock:
/// instances started together on an empty key table then share one key instead of each creating its own, which
/// another instance would not know until its key ring next refreshes (docs/decisions/0018).
/// </summary>
public static class DataProtectionKeyBootstrap
{
    public static async Task EnsureKeyAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataProtectionKeyBootstrap));
        try
        {
            var dbFactory = services.GetRequiredService<IDbContextFactory<MunicipalPressDbContext>>();
            string connectionString;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                connectionString = db.Database.GetConnectionString()!;
            }

            await using var startupLock = await DatabaseStartupLock.AcquireAsync(connectionString, logger, cancellationToken);
            // Protecting anything loads the key ring and creates the first key when there is none.
            services.GetRequiredService<IDataProtectionProvider>().CreateProtector("MunicipalPress.Startup").Protect([1]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not fatal (no database yet, tables not yet migrated by `cli migrate`): the instance creates a key on
            // first use; /health tells whether the database is there.
            logger.LogWarning(ex, "Could not prepare the Data Protection key ring at start");
        }
    }
}
