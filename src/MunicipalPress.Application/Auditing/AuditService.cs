using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;

namespace MunicipalPress.Application.Auditing;

/// <summary>The audit trail for administrators: who changed what and when, old → new, filtered and paged.</summary>
public sealed class AuditService(IMunicipalPressDbFactory dbFactory)
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<AuditEntryDto>> ListAsync(Actor actor, AuditQuery query, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(query);
        var (page, pageSize) = Paging.Clamp(query.Page, query.PageSize, MaxPageSize);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UserId))
        {
            entries = entries.Where(a => a.UserId == query.UserId);
        }

        if (query.MunicipalityId is { } municipalityId)
        {
            entries = entries.Where(a => a.MunicipalityId == municipalityId);
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.OccurredAt < end);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(a => a.EntityType == query.EntityType);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await (
                from a in entries
                join m in db.Municipalities on a.MunicipalityId equals m.Id into municipalities
                from m in municipalities.DefaultIfEmpty()
                orderby a.Id descending
                select new AuditEntryDto(
                    a.Id, a.OccurredAt, a.UserId, a.UserName, a.Action, a.EntityType, a.EntityId,
                    a.MunicipalityId, m.Name,
                    // A report's entries store each version whole; what changed is against the version before.
                    a.OldValues ?? (a.EntityType == ReportAudit.EntityType
                        ? db.AuditEntries
                            .Where(p => p.EntityType == a.EntityType && p.EntityId == a.EntityId && p.Id < a.Id)
                            .OrderByDescending(p => p.Id)
                            .Select(p => p.NewValues)
                            .FirstOrDefault()
                        : null),
                    a.NewValues))
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditEntryDto>(items, total, page, pageSize);
    }
}
