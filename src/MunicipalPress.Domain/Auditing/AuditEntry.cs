namespace MunicipalPress.Domain.Auditing;

/// <summary>Who changed what and when. Old and new values are JSON snapshots of the changed fields.</summary>
public class AuditEntry
{
    private AuditEntry()
    {
        UserName = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
    }

    public AuditEntry(
        DateTimeOffset occurredAt,
        string? userId,
        string userName,
        string action,
        string entityType,
        string entityId,
        int? municipalityId,
        string? oldValues,
        string? newValues)
    {
        OccurredAt = occurredAt;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        MunicipalityId = municipalityId;
        OldValues = oldValues;
        NewValues = newValues;
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? UserId { get; private set; }

    public string UserName { get; private set; }

    /// <summary>Added, Modified, Deleted, or a workflow step (Submit, Return, Approve, Reopen).</summary>
    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public int? MunicipalityId { get; private set; }

    public string? OldValues { get; private set; }

    public string? NewValues { get; private set; }

    /// <summary>Folds a later change of the same kind into this entry (used to coalesce autosaves).</summary>
    public void Replace(DateTimeOffset occurredAt, string? newValues)
    {
        OccurredAt = occurredAt;
        NewValues = newValues;
    }
}
