using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using MunicipalPress.Application.Accounts;
using MunicipalPress.Domain.Common;

namespace MunicipalPress.Infrastructure.Identity;

/// <summary>
/// The login page's sign-in: password check with lockout, refused for disabled accounts, last sign-in recorded.
/// Every refusal is the same <see cref="SignInOutcome.Failed"/> (the log says why), so the page does not tell a
/// stranger which e-mail addresses have accounts, or which are locked or disabled.
/// </summary>
public sealed class AccountSignInService(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    TimeProvider clock,
    ILogger<AccountSignInService> logger) : IAccountSignIn
{
    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        if (string.IsNullOrWhiteSpace(email) || !TextRule.IsAcceptable(email) || !TextRule.IsAcceptable(password))
        {
            logger.LogInformation("Sign-in refused: the e-mail or password is not acceptable text");
            return SignInOutcome.Failed;
        }

        var user = await userManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            logger.LogInformation("Sign-in refused for unknown account");
            return SignInOutcome.Failed;
        }

        if (user.IsDisabled)
        {
            logger.LogInformation("Sign-in refused for disabled user {UserId}", user.Id);
            return SignInOutcome.Failed;
        }

        var result = await signInManager.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} is locked out", user.Id);
            return SignInOutcome.Failed;
        }

        if (!result.Succeeded)
        {
            logger.LogInformation("Sign-in refused for user {UserId}: {Result}", user.Id, result);
            return SignInOutcome.Failed;
        }

        user.LastSignInAt = clock.GetUtcNow();
        await userManager.UpdateAsync(user);
        logger.LogInformation("User {UserId} signed in", user.Id);
        return SignInOutcome.Succeeded;
    }
}
