using System.Text.Json.Nodes;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Testing;

namespace MunicipalPress.Api.Tests.Api;

/// <summary>The OpenAPI document describes the bodies the endpoints take, and only the routes that exist.</summary>
public sealed class OpenApiDocumentTests(MunicipalPressAppFactory app) : IClassFixture<MunicipalPressAppFactory>
{
    [Fact]
    public async Task ResetPassword_Body_IsTheOneTheEndpointReads()
    {
        var document = await DocumentAsync();

        var body = Schema(document, document["paths"]!["/api/v1/users/{id}/reset-password"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!);

        var properties = body["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["password"], properties);
    }

    [Fact]
    public async Task Region_CountryCode_IsOptional()
    {
        var document = await DocumentAsync();

        var body = Schema(document, document["paths"]!["/api/v1/regions"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!);

        Assert.Contains("countryCode", body["properties"]!.AsObject().Select(p => p.Key));
        var required = body["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
        Assert.DoesNotContain("countryCode", required);
    }

    [Theory]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/api/v1/auth/forgotPassword")]
    [InlineData("/api/v1/auth/resetPassword")]
    [InlineData("/api/v1/auth/confirmEmail")]
    [InlineData("/api/v1/auth/resendConfirmationEmail")]
    [InlineData("/api/v1/auth/manage/2fa")]
    public async Task BlockedIdentityRoutes_AreNotDocumented(string route)
    {
        var document = await DocumentAsync();

        Assert.Null(document["paths"]![route]);
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var client = await app.CreateClientForAsync(DemoUsers.AnalystEmail);
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
    }

    private static JsonNode Schema(JsonNode document, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? document["components"]!["schemas"]![reference.Split('/')[^1]]!
            : schema;
}
