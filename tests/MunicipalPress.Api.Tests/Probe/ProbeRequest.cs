namespace MunicipalPress.Api.Tests.Probe;

/// <summary>One request of the probe: what it tries (<paramref name="What"/>) and the bytes it sends.</summary>
public sealed record ProbeRequest(string Method, string Url, string What, byte[]? Body = null, string? ContentType = null);
