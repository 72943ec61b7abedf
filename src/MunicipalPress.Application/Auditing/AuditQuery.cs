namespace MunicipalPress.Application.Auditing;

public sealed record AuditQuery(
    string? UserId = null,
    int? MunicipalityId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? EntityType = null,
    int Page = 1,
    int PageSize = 50);
