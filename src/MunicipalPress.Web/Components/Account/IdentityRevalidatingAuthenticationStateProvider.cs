using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using MunicipalPress.Infrastructure.Identity;

namespace MunicipalPress.Web.Components.Account;

/// <summary>
/// Re-checks every minute (MunicipalPress:RevalidationSeconds) that the user behind an open circuit still matches
/// their account (<see cref="CurrentAccountCheck"/>: exists, not disabled, same security stamp and roles). If not,
/// the circuit's user becomes anonymous and the page sends them to the login.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    CurrentAccountCheck accounts,
    RevalidationInterval interval)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => interval.Value;

    protected override Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState,
        CancellationToken cancellationToken) =>
        accounts.IsCurrentAsync(authenticationState.User, cancellationToken);
}
