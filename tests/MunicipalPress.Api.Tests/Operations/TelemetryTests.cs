using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Web.Infrastructure;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MunicipalPress.Api.Tests.Operations;

/// <summary>OpenTelemetry is off unless an OTLP endpoint is configured (issue 12, docs/decisions/0020).</summary>
public sealed class TelemetryTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public void Telemetry_WithoutAnEndpoint_IsNotRegistered()
    {
        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Telemetry_WithAnEndpoint_RegistersTracesAndMetricsAndTheAppServes()
    {
        // Nothing listens there: the exporter drops what it cannot send, and the app serves all the same.
        await using var instance = AppInstance.On(app.ConnectionString, settings: new Dictionary<string, string>
        {
            [Telemetry.EndpointSetting] = "http://127.0.0.1:1",
        });
        using var client = instance.CreateClient();

        var health = await client.GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.NotNull(instance.Services.GetService<TracerProvider>());
        Assert.NotNull(instance.Services.GetService<MeterProvider>());
    }
}
