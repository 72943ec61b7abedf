using Microsoft.AspNetCore.Components.Server;

namespace MunicipalPress.Web.Infrastructure;

/// <summary>How an open page's WebSocket is compressed (<c>MunicipalPress:CircuitCompression</c>).</summary>
public enum CircuitCompression
{
    /// <summary>
    /// Each message compressed on its own (permessage-deflate with <c>server_no_context_takeover</c>): render batches
    /// still travel compressed, but no connection keeps a compressor between messages. The default.
    /// </summary>
    PerMessage,

    /// <summary>
    /// The framework's default: every connection keeps its compressor and its window for its whole life, about a third
    /// of a megabyte of native memory per open page (docs/performance.md).
    /// </summary>
    Shared,

    /// <summary>No compression.</summary>
    Off,
}

/// <summary>The WebSocket settings of the circuits' hub (ADR 0027).</summary>
public static class CircuitWebSockets
{
    public const string ConfigurationKey = "MunicipalPress:CircuitCompression";

    public static void Configure(ServerComponentsEndpointOptions options, IConfiguration configuration)
    {
        var mode = configuration.GetValue(ConfigurationKey, CircuitCompression.PerMessage);
        options.DisableWebSocketCompression = mode == CircuitCompression.Off;
        if (mode == CircuitCompression.PerMessage)
        {
            options.ConfigureWebSocketAcceptContext = (_, accept) =>
            {
                ConfigurePerMessage(accept);
                return Task.CompletedTask;
            };
        }
    }

    /// <summary>Compression without a compressor kept per connection between messages.</summary>
    public static void ConfigurePerMessage(WebSocketAcceptContext accept)
    {
        accept.DangerousEnableCompression = true;
        accept.DisableServerContextTakeover = true;
    }
}
