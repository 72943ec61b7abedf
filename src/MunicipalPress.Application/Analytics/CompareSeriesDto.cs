namespace MunicipalPress.Application.Analytics;

public sealed record CompareSeriesDto(int MunicipalityId, string MunicipalityName, int? Population, IReadOnlyList<ComparePointDto> Points);
