namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>Demo accounts (Development only): an administrator, an analyst and a press officer per city.</summary>
public static class DemoUsers
{
    public const string Password = "Demo-Password-1";

    public const string AdministratorRole = "Administrator";
    public const string AnalystRole = "Analyst";
    public const string PressOfficerRole = "PressOfficer";

    public const string AdminEmail = "admin@demo.local";
    public const string AnalystEmail = "analyst@demo.local";

    public static IReadOnlyList<DemoUser> All { get; } = Build(DemoGeography.Cities);

    public static string PressOfficerEmail(string citySlug) => $"press.{citySlug}@demo.local";

    public static IReadOnlyList<DemoUser> Build(IReadOnlyList<DemoCity> cities)
    {
        var users = new List<DemoUser>
        {
            new(AdminEmail, "Администратор портала", AdministratorRole, null),
            new(AnalystEmail, "Аналитик ассоциации", AnalystRole, null),
        };
        users.AddRange(cities.Select(c => new DemoUser(
            PressOfficerEmail(c.Slug), $"Пресс-служба, {c.Name}", PressOfficerRole, c.Slug)));
        return users;
    }
}
