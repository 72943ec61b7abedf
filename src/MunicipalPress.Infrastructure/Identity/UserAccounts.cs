using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Security;
using MunicipalPress.Application.Users;
using MunicipalPress.Infrastructure.Persistence;

namespace MunicipalPress.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity behind <see cref="IUserAccounts"/>.</summary>
public sealed class UserAccounts(
    UserManager<ApplicationUser> userManager,
    IDbContextFactory<MunicipalPressDbContext> dbFactory,
    TimeProvider clock) : IUserAccounts
{
    public async Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await (
                from u in db.Users.AsNoTracking()
                join m in db.Municipalities on u.MunicipalityId equals m.Id into municipalities
                from m in municipalities.DefaultIfEmpty()
                let role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault()
                orderby u.Email
                select new { u.Id, u.Email, u.DisplayName, Role = role, u.MunicipalityId, MunicipalityName = m.Name, u.IsDisabled, u.LockoutEnd, u.LastSignInAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new UserDto(
                r.Id, r.Email ?? string.Empty, r.DisplayName, r.Role ?? string.Empty, r.MunicipalityId, r.MunicipalityName,
                r.IsDisabled, !r.IsDisabled && r.LockoutEnd > now, r.LastSignInAt))
            .ToList();
    }

    public async Task<UserDto?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).SingleOrDefault(u => u.Id == id);

    public async Task<(string? Id, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(
        CreateUserRequest request,
        CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            MunicipalityId = request.Role == Roles.PressOfficer ? request.MunicipalityId : null,
            LockoutEnabled = true,
        };
        var created = await userManager.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return (null, ToErrors(created));
        }

        var role = await userManager.AddToRoleAsync(user, request.Role);
        return role.Succeeded ? (user.Id, new Dictionary<string, string[]>()) : (null, ToErrors(role));
    }

    public async Task<IReadOnlyDictionary<string, string[]>?> UpdateAsync(string id, UpdateUserRequest request, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        user.DisplayName = request.DisplayName.Trim();
        user.MunicipalityId = request.Role == Roles.PressOfficer ? request.MunicipalityId : null;
        if (request.IsDisabled is { } disabled && disabled != user.IsDisabled)
        {
            user.IsDisabled = disabled;
            user.LockoutEnabled = true;
            user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        }

        var updated = await userManager.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return ToErrors(updated);
        }

        var roles = await userManager.GetRolesAsync(user);
        if (!roles.SequenceEqual([request.Role]))
        {
            await userManager.RemoveFromRolesAsync(user, roles);
            var added = await userManager.AddToRoleAsync(user, request.Role);
            if (!added.Succeeded)
            {
                return ToErrors(added);
            }
        }

        // New stamp: open sessions of this user are signed out at their next revalidation.
        await userManager.UpdateSecurityStampAsync(user);
        return new Dictionary<string, string[]>();
    }

    public async Task<IReadOnlyDictionary<string, string[]>?> ResetPasswordAsync(string id, string password, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var reset = await userManager.ResetPasswordAsync(user, token, password);
        if (reset.Succeeded)
        {
            await userManager.SetLockoutEndDateAsync(user, user.IsDisabled ? DateTimeOffset.MaxValue : null);
            await userManager.ResetAccessFailedCountAsync(user);
        }

        return reset.Succeeded ? new Dictionary<string, string[]>() : ToErrors(reset);
    }

    private static Dictionary<string, string[]> ToErrors(IdentityResult result) =>
        result.Errors
            .GroupBy(e => e.Code switch
            {
                var c when c.Contains("Password", StringComparison.Ordinal) => "password",
                var c when c.Contains("Email", StringComparison.Ordinal) || c.Contains("UserName", StringComparison.Ordinal) => "email",
                var c when c.Contains("Role", StringComparison.Ordinal) => "role",
                _ => string.Empty,
            })
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}
