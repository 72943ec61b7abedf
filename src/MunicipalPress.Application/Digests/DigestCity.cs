namespace MunicipalPress.Application.Digests;

/// <summary>One city's section: the answers to the two questions and its indicator table.</summary>
public sealed record DigestCity(
    DigestEntry Entry,
    int? Population,
    IReadOnlyList<DigestDirection> Achievements,
    IReadOnlyList<DigestDirection> PlannedTasks,
    IReadOnlyList<DigestIndicatorRow> Indicators);
