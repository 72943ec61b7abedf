using System.Text.Json.Nodes;

namespace MunicipalPress.Api.Tests.Probe;

/// <summary>One operation of the OpenAPI document: a method on a route template, with its description.</summary>
public sealed record ProbeOperation(string Method, string Template, JsonNode Operation)
{
    public bool Writes => Method is not ("GET" or "HEAD" or "OPTIONS");

    public override string ToString() => $"{Method} {Template}";
}
