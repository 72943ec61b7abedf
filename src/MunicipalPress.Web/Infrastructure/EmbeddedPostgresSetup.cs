using MunicipalPress.Infrastructure;
using MunicipalPress.Infrastructure.Postgres;

namespace MunicipalPress.Web.Infrastructure;

public static class EmbeddedPostgresSetup
{
    /// <summary>
    /// Without a configured connection string, start a private PostgreSQL under
    /// MunicipalPress:DataDirectory (default .data) and point the app at it; stop it when the app stops.
    /// </summary>
    public static WebApplicationBuilder UseEmbeddedPostgresWhenUnconfigured(this WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(DependencyInjection.ConnectionStringName)))
        {
            return builder;
        }

        // Relative paths are taken from the content root; run.sh passes the repository's own .data folder.
        var dataDirectory = Path.Combine(
            builder.Environment.ContentRootPath,
            builder.Configuration["MunicipalPress:DataDirectory"] ?? ".data");
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true));
        var logger = loggerFactory.CreateLogger("EmbeddedPostgres");
        EmbeddedPostgresServer server;
        try
        {
            server = EmbeddedPostgresServer.Start(
                new EmbeddedPostgresOptions(Path.Combine(dataDirectory, "postgres")),
                logger);
        }
        catch (EmbeddedPostgresException ex)
        {
            logger.LogCritical("{Message}", ex.Message);
            throw;
        }

        builder.Configuration[$"ConnectionStrings:{DependencyInjection.ConnectionStringName}"] =
            server.EnsureDatabase("municipalpress");
        builder.Services.AddHostedService(sp => new EmbeddedPostgresLifetime(
            server,
            sp.GetRequiredService<IHostApplicationLifetime>()));
        return builder;
    }

    /// <summary>Stops the embedded server after everything else has stopped.</summary>
    private sealed class EmbeddedPostgresLifetime(EmbeddedPostgresServer server, IHostApplicationLifetime lifetime)
        : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStopped.Register(server.Stop);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
