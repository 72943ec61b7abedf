using Serilog;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// Serilog as the only logging provider. Serilog.AspNetCore is not on the package mirror, so it is wired
/// through Serilog.Extensions.Logging, and request logging is our own middleware (docs/decisions/0003).
/// </summary>
public static class SerilogSetup
{
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
