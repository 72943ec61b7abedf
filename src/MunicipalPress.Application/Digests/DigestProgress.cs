namespace MunicipalPress.Application.Digests;

/// <summary>How far a digest has been written: cities done out of all.</summary>
public readonly record struct DigestProgress(int Done, int Total);
