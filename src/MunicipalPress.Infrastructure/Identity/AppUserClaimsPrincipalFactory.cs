using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MunicipalPress.Application.Security;

namespace MunicipalPress.Infrastructure.Identity;

/// <summary>Adds the claims <see cref="Actor.From"/> reads: display name and, for press officers, the municipality.</summary>
public sealed class AppUserClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        if (user.MunicipalityId is { } municipalityId)
        {
            identity.AddClaim(new Claim(
                AppClaimTypes.MunicipalityId,
                municipalityId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
