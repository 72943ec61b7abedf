namespace MunicipalPress.Application.Accounts;

public sealed class NoDemoAccounts : IDemoAccounts
{
    public DemoAccountList ToShow() => DemoAccountList.None;
}
