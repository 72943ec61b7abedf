namespace MunicipalPress.Application.Municipalities;

public sealed record MunicipalityQuery(int? RegionId = null, string? Search = null, bool IncludeArchived = false);
