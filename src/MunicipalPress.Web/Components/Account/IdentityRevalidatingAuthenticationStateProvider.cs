using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using MunicipalPress.Infrastructure.Identity;
using MunicipalPress.Infrastructure.Persistence;

namespace MunicipalPress.Web.Components.Account;

/// <summary>
/// Re-checks every minute (MunicipalPress:RevalidationSeconds) that the user behind an open circuit still matches
/// their account (<see cref="CurrentAccountCheck"/>: exists, not disabled, same security stamp and roles). If not,
/// the circuit's user becomes anonymous and the page sends them to the login. A database that cannot be reached
/// proves nothing about the account: the user stays signed in and is checked again at the next interval (the
/// base class would sign them out on any exception, and the open form with them).
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    ILogger<IdentityRevalidatingAuthenticationStateProvider> logger,
    CurrentAccountCheck accounts,
    RevalidationInterval interval)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => interval.Value;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState,
        CancellationToken cancellationToken)
    {
        try
        {
            return await accounts.IsCurrentAsync(authenticationState.User, cancellationToken);
        }
        catch (Exception exception) when (DatabaseFaults.IsUnavailable(exception))
        {
            logger.LogWarning(exception, "The account behind a circuit could not be checked: the database is unavailable");
            return true;
        }
    }
}
