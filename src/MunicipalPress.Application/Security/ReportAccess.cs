using System.Linq.Expressions;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Security;

/// <summary>
/// Who may see which report (DESIGN.md, "Who may do what"). A press officer sees their own city's reports
/// in any state and other cities' reports only once approved; everyone else with a role sees all.
/// A report the actor may not see is reported as not found, so its existence does not leak.
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
}
