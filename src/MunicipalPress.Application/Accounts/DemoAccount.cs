namespace MunicipalPress.Application.Accounts;

/// <summary>An account a developer may sign in with; <see cref="Role"/> is one of <see cref="Security.Roles"/>.</summary>
public sealed record DemoAccount(string Email, string Role);
