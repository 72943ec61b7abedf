using System.Linq.Expressions;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Security;

/// <summary>
/// Who may do what with reports (DESIGN.md, "Who may do what"), in one place for every service:
/// a press officer reads and writes their own city's reports and reads other cities' approved ones;
/// analysts read all and review (return, approve); administrators may do everything, including reopen.
/// A report the actor may not read is reported as not found, so its existence does not leak.
/// </summary>
public static class ReportAccess
{
    public static bool CanRead(Actor actor, int municipalityId, ReportStatus status) =>
        actor.SeesAllReports
        || (actor.IsPressOfficer && (actor.MunicipalityId == municipalityId || status == ReportStatus.Approved));

    public static Expression<Func<AnnualReport, bool>> ReadableBy(Actor actor)
    {
        if (actor.SeesAllReports)
        {
            return _ => true;
        }

        var own = actor.IsPressOfficer ? actor.MunicipalityId : null;
        return r => r.Status == ReportStatus.Approved || (own != null && r.MunicipalityId == own);
    }

    /// <summary>Writing content and submitting: the city's own press officer, or an administrator.</summary>
    public static bool CanWrite(Actor actor, int municipalityId) =>
        actor.IsAdministrator || (actor.IsPressOfficer && actor.MunicipalityId == municipalityId);

    /// <summary>Returning and approving.</summary>
    public static bool CanReview(Actor actor) => actor.IsAnalyst || actor.IsAdministrator;

    public static bool CanReopen(Actor actor) => actor.IsAdministrator;

    /// <summary>The review thread: reviewers on any report, press officers on their own city's.</summary>
    public static bool CanComment(Actor actor, int municipalityId) =>
        CanReview(actor) || (actor.IsPressOfficer && actor.MunicipalityId == municipalityId);
}
