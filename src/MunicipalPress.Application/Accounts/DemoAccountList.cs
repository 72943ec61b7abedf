namespace MunicipalPress.Application.Accounts;

/// <summary>The demo accounts the login page lists, and the password they share; empty outside Development.</summary>
public sealed record DemoAccountList(string Password, IReadOnlyList<DemoAccount> Accounts)
{
    public static DemoAccountList None { get; } = new(string.Empty, []);

    public bool IsEmpty => Accounts.Count == 0;
}
