using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;

namespace MunicipalPress.Application.Reports;

/// <summary>A report's history from the audit trail: who did what when, what changed, earlier versions' text.</summary>
public sealed class ReportHistoryService(IMunicipalPressDbFactory dbFactory)
{
    /// <summary>Newest first; null when the report does not exist for the actor.</summary>
    public async Task<IReadOnlyList<ReportHistoryEntryDto>?> GetHistoryAsync(
        Actor actor,
        int reportId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (!await db.AnnualReports.Where(r => r.Id == reportId).Where(ReportAccess.ReadableBy(actor)).AnyAsync(cancellationToken))
        {
            return null;
        }

        var entityId = reportId.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == ReportAudit.EntityType && a.EntityId == entityId)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var codes = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Code, cancellationToken);

        var result = new List<ReportHistoryEntryDto>(entries.Count);
        ReportSnapshot? previous = null;
        foreach (var entry in entries)
        {
            var current = ReportSnapshot.FromJson(entry.NewValues);
            result.Add(new ReportHistoryEntryDto(
                entry.Id, entry.OccurredAt, entry.UserName, entry.Action, ReportSnapshotDiff.Describe(previous, current, codes)));
            previous = current ?? previous;
        }

        result.Reverse();
        return result;
    }

    /// <summary>The content after one history step; null when either does not exist for the actor.</summary>
    public async Task<ReportVersionDto?> GetVersionAsync(
        Actor actor,
        int reportId,
        long entryId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (!await db.AnnualReports.Where(r => r.Id == reportId).Where(ReportAccess.ReadableBy(actor)).AnyAsync(cancellationToken))
        {
            return null;
        }

        var entityId = reportId.ToString(CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == entryId && a.EntityType == ReportAudit.EntityType && a.EntityId == entityId, cancellationToken);
        var snapshot = ReportSnapshot.FromJson(entry?.NewValues);
        return entry is null || snapshot is null
            ? null
            : new ReportVersionDto(entry.Id, reportId, entry.OccurredAt, entry.UserName, entry.Action, snapshot);
    }
}
