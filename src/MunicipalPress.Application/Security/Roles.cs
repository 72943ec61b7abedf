namespace MunicipalPress.Application.Security;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Analyst = nameof(Analyst);
    public const string PressOfficer = nameof(PressOfficer);

    public static IReadOnlyList<string> All { get; } = [Administrator, Analyst, PressOfficer];
}
