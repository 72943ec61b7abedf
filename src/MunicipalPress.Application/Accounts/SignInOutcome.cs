namespace MunicipalPress.Application.Accounts;

/// <summary>Only two outcomes: why a sign-in failed (unknown, wrong password, locked, disabled) is for the log, not the caller.</summary>
public enum SignInOutcome
{
    Succeeded,
    Failed,
}
