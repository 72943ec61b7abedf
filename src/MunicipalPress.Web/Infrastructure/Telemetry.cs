using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics for requests, Blazor circuits and database calls, exported over OTLP, and only
/// when an endpoint is configured: nothing is collected or sent otherwise (docs/decisions/0020).
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "MunicipalPress";

    /// <summary>The standard variable, read by the exporter itself along with the other OTEL_* settings.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string EndpointSetting = "MunicipalPress:Telemetry:OtlpEndpoint";

    public const string ProtocolSetting = "MunicipalPress:Telemetry:OtlpProtocol";

    // The framework's own meters: Kestrel connections, circuits and components (.NET 10).
    private static readonly string[] FrameworkMeters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Lifecycle",
        "Microsoft.AspNetCore.Components.Server.Circuits",
    ];

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration[EndpointSetting];
        var standardEndpoint = builder.Configuration[StandardEndpointVariable];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(standardEndpoint))
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health")
                        && !context.Request.Path.StartsWithSegments("/_framework"))
                .AddSource("Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Components.Server.Circuits")
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(FrameworkMeters)
                .AddNpgsqlInstrumentation());
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            telemetry.UseOtlpExporter();
        }
        else
        {
            var protocol = builder.Configuration[ProtocolSetting] is "http/protobuf" or "HttpProtobuf"
                ? OtlpExportProtocol.HttpProtobuf
                : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, new Uri(endpoint));
        }

        return builder;
    }
}
