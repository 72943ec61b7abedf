using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MunicipalPress.Infrastructure.Persistence;

namespace MunicipalPress.Infrastructure.Identity;

/// <summary>
/// Whether a signed-in principal (a cookie, a bearer token, an open circuit) still matches its account: the
/// account exists, is not disabled, has the security stamp the principal was issued with, and the same roles.
/// Disabling, a role change and a password reset renew the stamp, so a principal issued before them fails.
/// One indexed read, no cache: a revocation must take effect on the very next request.
/// </summary>
public sealed class CurrentAccountCheck(IDbContextFactory<MunicipalPressDbContext> dbFactory, IOptions<IdentityOptions> options)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var claimTypes = options.Value.ClaimsIdentity;
        var userId = principal.FindFirst(claimTypes.UserIdClaimType)?.Value;
        var stamp = principal.FindFirst(claimTypes.SecurityStampClaimType)?.Value;
        if (userId is null || stamp is null)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.SecurityStamp,
                u.IsDisabled,
                Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null || account.IsDisabled || account.SecurityStamp != stamp)
        {
            return false;
        }

        var issuedRoles = principal.FindAll(claimTypes.RoleClaimType).Select(c => c.Value).Order(StringComparer.Ordinal);
        return issuedRoles.SequenceEqual(account.Roles.Select(r => r ?? string.Empty).Order(StringComparer.Ordinal));
    }
}
