namespace MunicipalPress.Application.Municipalities;

public sealed record MunicipalityDetailsDto(MunicipalityDto Municipality, IReadOnlyList<MunicipalityYearDto> Years);
