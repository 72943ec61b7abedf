using MunicipalPress.Application.Reports;

namespace MunicipalPress.Application.Imports;

public sealed record ImportResultDto(ImportOutcome Outcome, ReportDto Report);
