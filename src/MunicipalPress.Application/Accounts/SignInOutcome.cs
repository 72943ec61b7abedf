namespace MunicipalPress.Application.Accounts;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    Disabled,
}
