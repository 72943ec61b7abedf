namespace MunicipalPress.Application.Users;

/// <summary>
/// The identity store's side of user management (ASP.NET Core Identity lives in Infrastructure). Methods
/// return the store's refusals (e.g. a weak password) as field errors; the rules of who may do it are in
/// <see cref="UserService"/>.
/// </summary>
public interface IUserAccounts
{
    Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken cancellationToken);

    Task<UserDto?> GetAsync(string id, CancellationToken cancellationToken);

    Task<(string? Id, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(CreateUserRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, string[]>?> UpdateAsync(string id, UpdateUserRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, string[]>?> ResetPasswordAsync(string id, string password, CancellationToken cancellationToken);
}
