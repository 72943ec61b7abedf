using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Auditing;
using MunicipalPress.Domain.Common;

namespace MunicipalPress.Application.Users;

/// <summary>User management for administrators: accounts, roles, municipality binding, disabling, passwords.</summary>
public sealed class UserService(IUserAccounts accounts, IMunicipalPressDbFactory dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserDto>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        return await accounts.ListAsync(cancellationToken);
    }

    public async Task<UserDto?> GetAsync(Actor actor, string id, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        return await accounts.GetAsync(id, cancellationToken);
    }

    public async Task<UserDto> CreateAsync(Actor actor, CreateUserRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        await EnsureMunicipalityAsync(request.MunicipalityId, cancellationToken);
        var (id, errors) = await accounts.CreateAsync(request, cancellationToken);
        if (id is null)
        {
            throw new ValidationFailedException(errors);
        }

        var user = (await accounts.GetAsync(id, cancellationToken))!;
        await AuditAsync(actor, "Added", user, null, cancellationToken);
        return user;
    }

    public async Task<UserDto?> UpdateAsync(Actor actor, string id, UpdateUserRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        if (id == actor.UserId && (request.Role != Roles.Administrator || request.IsDisabled == true))
        {
            RequestValidator.Fail("role", "You cannot remove your own administrator role or disable yourself.");
        }

        await EnsureMunicipalityAsync(request.MunicipalityId, cancellationToken);
        var before = await accounts.GetAsync(id, cancellationToken);
        if (before is null)
        {
            return null;
        }

        var errors = await accounts.UpdateAsync(id, request, cancellationToken);
        if (errors is { Count: > 0 })
        {
            throw new ValidationFailedException(errors);
        }

        var after = (await accounts.GetAsync(id, cancellationToken))!;
        await AuditAsync(actor, "Modified", after, before, cancellationToken);
        return after;
    }

    public async Task<UserDto?> ResetPasswordAsync(Actor actor, string id, ResetPasswordRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        var user = await accounts.GetAsync(id, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var errors = await accounts.ResetPasswordAsync(id, request.Password, cancellationToken);
        if (errors is { Count: > 0 })
        {
            throw new ValidationFailedException(errors);
        }

        await AuditAsync(actor, "PasswordReset", user, null, cancellationToken);
        return user;
    }

    private async Task EnsureMunicipalityAsync(int? municipalityId, CancellationToken cancellationToken)
    {
        if (municipalityId is not { } id)
        {
            return;
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var municipality = await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (municipality is null || municipality.IsArchived)
        {
            RequestValidator.Fail("municipalityId", $"Municipality {id} does not exist or is archived.");
        }
    }

    private async Task AuditAsync(Actor actor, string action, UserDto user, UserDto? before, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry(
            clock.GetUtcNow(),
            actor.UserId,
            actor.Name,
            action,
            "User",
            user.Id,
            user.MunicipalityId,
            before is null ? null : JsonSerializer.Serialize(Snapshot(before)),
            JsonSerializer.Serialize(Snapshot(user))));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static object Snapshot(UserDto user) =>
        new { user.Email, user.DisplayName, user.Role, user.MunicipalityId, user.IsDisabled };
}
