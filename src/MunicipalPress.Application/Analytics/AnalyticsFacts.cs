using System.Linq.Expressions;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Analytics;

/// <summary>
/// The one rule for which reports' figures count wherever figures are compared, ranked, exported or charted:
/// approved reports the actor may read, and, when the reader asks for them, also reports sent but not yet approved.
/// A draft is work in progress: its figures show only in the form itself, never as a city's "latest value". Pages
/// say beside the figures which reports they count.
/// </summary>
public static class AnalyticsFacts
{
    /// <summary>The reports whose figures count under <paramref name="basis"/> (readability aside).</summary>
    public static Expression<Func<AnnualReport, bool>> Counted(CountedReports basis) => basis == CountedReports.ApprovedAndSubmitted
        ? r => r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved
        : r => r.Status == ReportStatus.Approved;

    /// <summary>The reports whose figures <paramref name="actor"/> sees in analytics.</summary>
    public static IQueryable<AnnualReport> CountedFor(this IQueryable<AnnualReport> reports, Actor actor, CountedReports basis) =>
        reports.Where(ReportAccess.ReadableBy(actor)).Where(Counted(basis));

    /// <summary>The basis a request asks for: approved only unless it asks to include submitted reports.</summary>
    public static CountedReports Basis(bool? includeSubmitted) =>
        includeSubmitted == true ? CountedReports.ApprovedAndSubmitted : CountedReports.Approved;
}
