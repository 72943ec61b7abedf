using System.Net.Http.Json;
using System.Net.WebSockets;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>
/// What an open page's WebSocket agrees with the browser: compressed per message by default, so no connection keeps a
/// compressor for its whole life (about a third of a megabyte each, docs/performance.md); the framework's way and no
/// compression when configured.
/// </summary>
public sealed class CircuitWebSocketTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Theory]
    [InlineData(null, "permessage-deflate", true)]
    [InlineData("PerMessage", "permessage-deflate", true)]
    [InlineData("Shared", "permessage-deflate", false)]
    [InlineData("Off", null, false)]
    public async Task Hub_AgreesOnCompression_AsConfigured(string? mode, string? extension, bool perMessage)
    {
        // The portal as its own process: the hub's WebSocket settings are fixed when the app maps its endpoints.
        await using var portal = await AppProcess.StartAsync(
            app.ConnectionString,
            mode is null ? null : new Dictionary<string, string> { ["MunicipalPress__CircuitCompression"] = mode });
        var address = portal.BaseAddress;
        using var http = new HttpClient { BaseAddress = address };
        using var negotiated = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null);
        negotiated.EnsureSuccessStatusCode();
        var token = (await negotiated.Content.ReadFromJsonAsync<Negotiation>())!.ConnectionToken;

        // A browser offers permessage-deflate with the contexts kept on both sides.
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        await socket.ConnectAsync(new Uri($"ws://{address.Authority}/_blazor?id={Uri.EscapeDataString(token)}"), CancellationToken.None);

        var agreed = socket.HttpResponseHeaders?.TryGetValue("Sec-WebSocket-Extensions", out var values) == true
            ? string.Join(", ", values) : null;
        if (extension is null)
        {
            Assert.Null(agreed);
        }
        else
        {
            Assert.NotNull(agreed);
            Assert.Contains(extension, agreed);
            Assert.Equal(perMessage, agreed.Contains("server_no_context_takeover", StringComparison.Ordinal));
        }

        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    private sealed record Negotiation(string ConnectionToken);
}
