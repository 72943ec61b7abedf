namespace MunicipalPress.Application.Accounts;

/// <summary>
/// The login form's sign-in (the identity store lives in Infrastructure): checks the password with lockout,
/// refuses disabled accounts, and sets the sign-in cookie on success.
/// </summary>
public interface IAccountSignIn
{
    Task<SignInOutcome> SignInAsync(string email, string password, bool remember);
}
