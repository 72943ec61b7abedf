namespace MunicipalPress.Application.FigureChecks;

/// <summary>A report's figure checks: the open ones first in the text's order, and those marked as intended.</summary>
public sealed record FigureChecksDto(int ReportId, int Year, IReadOnlyList<FigureFlag> Open, IReadOnlyList<FigureFlag> Acknowledged);
