namespace MunicipalPress.Application.Regions;

public sealed record RegionDto(int Id, string Name, string CountryCode, int MunicipalityCount);
