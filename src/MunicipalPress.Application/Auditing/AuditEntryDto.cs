namespace MunicipalPress.Application.Auditing;

/// <param name="OldValues">The fields before the change; for a report, the version before this one (null for its first).</param>
public sealed record AuditEntryDto(
    long Id,
    DateTimeOffset OccurredAt,
    string? UserId,
    string UserName,
    string Action,
    string EntityType,
    string EntityId,
    int? MunicipalityId,
    string? MunicipalityName,
    string? OldValues,
    string? NewValues);
