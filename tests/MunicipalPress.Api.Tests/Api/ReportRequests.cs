using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>Report bodies and the conditional PUT, as the API tests send them.</summary>
internal static class ReportRequests
{
    public static object WithAchievement(string text) => new
    {
        achievements = new[] { new { direction = "СМИ", text } },
        plannedTasks = Array.Empty<object>(),
        indicatorValues = Array.Empty<object>(),
        peerHighlights = Array.Empty<object>(),
    };

    public static async Task<HttpResponseMessage> PutAsync(HttpClient client, int id, EntityTagHeaderValue etag, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reports/{id}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request);
    }
}
