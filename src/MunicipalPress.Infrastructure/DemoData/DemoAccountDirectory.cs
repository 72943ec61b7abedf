using MunicipalPress.Application.Accounts;

namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// The seeded accounts worth showing a developer: the administrator, the analyst and the press officers of the
/// cities whose real reports are in the seeds (the other cities' officers follow the same pattern).
/// </summary>
public sealed class DemoAccountDirectory : IDemoAccounts
{
    private static readonly DemoAccountList Accounts = new(
        DemoUsers.Password,
        [
            new DemoAccount(DemoUsers.AdminEmail, DemoUsers.AdministratorRole),
            new DemoAccount(DemoUsers.AnalystEmail, DemoUsers.AnalystRole),
            .. DemoGeography.SeedCitySlugs.Select(slug => new DemoAccount(DemoUsers.PressOfficerEmail(slug), DemoUsers.PressOfficerRole)),
        ]);

    public DemoAccountList ToShow() => Accounts;
}
