namespace MunicipalPress.Application.Digests;

/// <summary>
/// A year's digest: every city's approved report (with <paramref name="IncludeSubmitted"/> also the submitted ones,
/// marked), optionally one region's cities only.
/// </summary>
public sealed record DigestQuery(int Year, int? RegionId = null, bool IncludeSubmitted = false);
