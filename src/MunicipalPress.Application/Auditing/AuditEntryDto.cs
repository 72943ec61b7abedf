namespace MunicipalPress.Application.Auditing;

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
