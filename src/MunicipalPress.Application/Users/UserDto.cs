namespace MunicipalPress.Application.Users;

public sealed record UserDto(
    string Id,
    string Email,
    string DisplayName,
    string Role,
    int? MunicipalityId,
    string? MunicipalityName,
    bool IsDisabled,
    bool IsLockedOut,
    DateTimeOffset? LastSignInAt);
