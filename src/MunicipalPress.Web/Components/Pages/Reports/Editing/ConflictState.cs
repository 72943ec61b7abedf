using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>A save met a newer version: the stored report and how it differs from the user's.</summary>
public sealed record ConflictState(ReportDto Theirs, IReadOnlyList<ReportDifference> Differences);
