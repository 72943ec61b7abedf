namespace MunicipalPress.Benchmarks.Load;

/// <summary>A simulated press officer: her account, bearer token, city and the draft she autosaves.</summary>
public sealed record OfficerSession(string Email, string Token, int MunicipalityId, int RegionId, int ReportId, string ETag);
