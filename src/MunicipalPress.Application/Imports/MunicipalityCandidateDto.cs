namespace MunicipalPress.Application.Imports;

/// <summary>A municipality of the catalogue offered for a name the report writes but the catalogue lacks.</summary>
public sealed record MunicipalityCandidateDto(int Id, string Name, string RegionName);
