namespace MunicipalPress.Application.Accounts;

/// <summary>
/// Which demo accounts to show on the login page. By default none (<see cref="NoDemoAccounts"/>); the app
/// registers the seeded ones in Development only, so production never advertises an account or a password.
/// </summary>
public interface IDemoAccounts
{
    DemoAccountList ToShow();
}
