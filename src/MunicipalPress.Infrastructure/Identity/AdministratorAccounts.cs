using Microsoft.AspNetCore.Identity;
using MunicipalPress.Application.Security;

namespace MunicipalPress.Infrastructure.Identity;

/// <summary>Creates administrator accounts for a production install (`cli create-admin`).</summary>
public sealed class AdministratorAccounts(UserManager<ApplicationUser> userManager, RoleManager<IdentityRole> roleManager)
{
    /// <returns>The reasons it failed; empty when the account was created.</returns>
    public async Task<IReadOnlyList<string>> CreateAsync(string email, string password, string? displayName)
    {
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            return [$"An account with e-mail {email} already exists."];
        }

        foreach (var name in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(name))
            {
                await roleManager.CreateAsync(new IdentityRole(name));
            }
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim(),
        };
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        var role = await userManager.AddToRoleAsync(user, Roles.Administrator);
        return role.Succeeded ? [] : role.Errors.Select(e => e.Description).ToList();
    }
}
