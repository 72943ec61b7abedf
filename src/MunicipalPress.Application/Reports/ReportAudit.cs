using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Auditing;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

/// <summary>
/// Writes a report's versions into the audit trail: each save and each workflow step stores the whole
/// content as a snapshot, so history can show what changed and the text of any earlier version.
/// Autosave would write a version every few seconds; consecutive saves by the same person within
/// <see cref="CoalesceWindow"/> update one entry instead.
/// </summary>
internal static class ReportAudit
{
    public const string EntityType = "AnnualReport";
    public static readonly TimeSpan CoalesceWindow = TimeSpan.FromMinutes(5);

    public static async Task RecordAsync(
        IMunicipalPressDb db,
        Actor actor,
        AnnualReport report,
        string action,
        DateTimeOffset now,
        CancellationToken cancellationToken = default,
        string? comment = null)
    {
        var snapshot = ReportSnapshot.Of(report, comment).ToJson();
        var entityId = report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (action == ReportActions.Save)
        {
            var last = await db.AuditEntries
                .Where(a => a.EntityType == EntityType && a.EntityId == entityId)
                .OrderByDescending(a => a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (last is { Action: ReportActions.Save } && last.UserId == actor.UserId && now - last.OccurredAt < CoalesceWindow)
            {
                last.Replace(now, snapshot);
                return;
            }
        }

        db.AuditEntries.Add(new AuditEntry(
            now, actor.UserId, actor.Name, action, EntityType, entityId, report.MunicipalityId, null, snapshot));
    }
}
