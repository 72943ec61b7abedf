using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Application.Municipalities;

public sealed record MunicipalityDto(
    int Id,
    string Name,
    string Slug,
    MunicipalityKind Kind,
    int RegionId,
    string RegionName,
    int? Population,
    bool IsArchived);
