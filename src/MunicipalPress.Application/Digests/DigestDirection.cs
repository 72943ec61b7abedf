namespace MunicipalPress.Application.Digests;

/// <summary>
/// Entries under one direction, in the report's order (a null direction: entries the city gave none).
/// An achievement's text may hold several paragraphs, separated by line breaks.
/// </summary>
public sealed record DigestDirection(string? Direction, IReadOnlyList<string> Texts);
