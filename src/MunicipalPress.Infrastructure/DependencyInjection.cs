using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MunicipalPress.Application.Accounts;
using MunicipalPress.Application.Common;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Infrastructure.Persistence;

namespace MunicipalPress.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "MunicipalPress";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"Connection string '{ConnectionStringName}' is not set (the embedded server sets it when none is configured).");

        // A few quick retries of transient failures (a pooled connection the server closed in a restart, a
        // failover): short, so a real outage reaches the caller as a 503 and the form's own retry within seconds.
        // Safe because no code opens its own transaction outside the strategy (ADR 0024).
        services.AddDbContextFactory<MunicipalPressDbContext>(options => options.UseNpgsql(
            connectionString,
            npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                .EnableRetryOnFailure(DatabaseFaults.RetryCount, DatabaseFaults.MaxRetryDelay, errorCodesToAdd: null)));
        services.AddSingleton<IMunicipalPressDbFactory, MunicipalPressDbFactory>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<ScaleData.ScaleDataGenerator>();
        services.AddSingleton<Application.Digests.IDigestWriter, Documents.OpenXmlDigestWriter>();
        services.AddSingleton<Application.Digests.IDigestWriter, Documents.PdfSharpDigestWriter>();
        services.AddScoped<IAccountSignIn, Identity.AccountSignInService>();
        services.AddScoped<Identity.AdministratorAccounts>();
        services.AddSingleton<Identity.CurrentAccountCheck>();
        services.AddScoped<Application.Users.IUserAccounts, Identity.UserAccounts>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Application.Exports.IXlsxWriter, Documents.OpenXmlXlsxWriter>();
        services.AddSingleton(new Documents.ReportDocumentReaderOptions());
        services.AddSingleton<Application.Imports.IReportDocumentReader, Documents.ReportDocumentReader>();
        return services;
    }

    /// <summary>
    /// Data Protection keys (cookies, bearer tokens, antiforgery) in the database, under one application name, so
    /// every instance on the database reads what another issued and a restart keeps sessions (docs/decisions/0018).
    /// </summary>
    public static IServiceCollection AddDataProtectionKeysInDatabase(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName("MunicipalPress")
            .PersistKeysToDbContext<MunicipalPressDbContext>();
        return services;
    }

    /// <summary>
    /// Report changes reach the open forms of every instance on the database, over PostgreSQL LISTEN/NOTIFY
    /// (docs/decisions/0024). Without it (the Cli) changes reach only this process's subscribers.
    /// </summary>
    public static IServiceCollection AddReportChangesAcrossInstances(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionStringName}' is not set.");
        services.AddSingleton(sp => new Notifications.PostgresReportChangeNotifier(
            connectionString,
            sp.GetRequiredService<Application.Reports.Changes.ReportChanges>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Notifications.PostgresReportChangeNotifier>>()));
        services.Replace(ServiceDescriptor.Singleton<Application.Reports.Changes.IReportChangeNotifier>(
            sp => sp.GetRequiredService<Notifications.PostgresReportChangeNotifier>()));
        services.AddHostedService(sp => sp.GetRequiredService<Notifications.PostgresReportChangeNotifier>());
        return services;
    }

    /// <summary>The login page lists the seeded demo accounts and their password: for Development only.</summary>
    public static IServiceCollection AddDemoAccounts(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IDemoAccounts, DemoAccountDirectory>());
        return services;
    }
}
