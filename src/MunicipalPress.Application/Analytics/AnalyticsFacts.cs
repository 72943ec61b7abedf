using System.Linq.Expressions;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Analytics;

/// <summary>
/// The one rule for which reports' figures count wherever figures are compared, ranked, exported or charted:
/// reports the city has sent (submitted or approved) that the actor may read. A draft is work in progress: its
/// figures show only in the form itself, never as a city's "latest value". Pages say so beside the figures.
/// </summary>
public static class AnalyticsFacts
{
    public static Expression<Func<AnnualReport, bool>> Counted { get; } =
        r => r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved;

    /// <summary>The reports whose figures <paramref name="actor"/> sees in analytics.</summary>
    public static IQueryable<AnnualReport> CountedFor(this IQueryable<AnnualReport> reports, Actor actor) =>
        reports.Where(ReportAccess.ReadableBy(actor)).Where(Counted);

    /// <summary>
    /// The same rule, narrowed to approved reports unless <paramref name="includeSubmitted"/>: what the association
    /// publishes (the annual digest) is approved by default, and the sent-but-unreviewed ones only when asked for.
    /// </summary>
    public static IQueryable<AnnualReport> CountedFor(this IQueryable<AnnualReport> reports, Actor actor, bool includeSubmitted) =>
        includeSubmitted ? reports.CountedFor(actor) : reports.CountedFor(actor).Where(r => r.Status == ReportStatus.Approved);
}
