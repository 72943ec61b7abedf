namespace MunicipalPress.Application.ReportingYears;

public sealed record RegionCompletenessDto(int RegionId, string RegionName, IReadOnlyList<CompletenessRowDto> Municipalities);
