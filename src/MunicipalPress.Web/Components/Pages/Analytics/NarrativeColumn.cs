using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>One column of the narratives page: a municipality's report for a year, or null when there is none the user may read.</summary>
public sealed record NarrativeColumn(int MunicipalityId, string MunicipalityName, int Year, ReportDto? Report);
