namespace MunicipalPress.Application.Digests;

/// <summary>What a document writer needs before the first city: the title page and the contents.</summary>
public sealed record DigestHeader(
    DigestKind Kind,
    int Year,
    string? RegionName,
    DateOnly MadeOn,
    DigestText Text,
    IReadOnlyList<DigestEntry> Entries);
