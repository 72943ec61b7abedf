using Microsoft.Extensions.DependencyInjection;
using MunicipalPress.Application.Accounts;
using MunicipalPress.Application.Security;
using MunicipalPress.Infrastructure.DemoData;

namespace MunicipalPress.Api.Tests.Accounts;

/// <summary>
/// The login page lists demo accounts and their password in Development only; any other environment
/// advertises neither (the Application default is an empty list).
/// </summary>
public sealed class DemoAccountsTests(MunicipalPressAppFactory testing, DemoAccountsTests.DevelopmentApp development)
    : IClassFixture<MunicipalPressAppFactory>, IClassFixture<DemoAccountsTests.DevelopmentApp>
{
    [Fact]
    public void Development_ListsTheSeededAccounts_WithTheirPassword()
    {
        var demo = development.Services.GetRequiredService<IDemoAccounts>().ToShow();

        Assert.Equal(DemoUsers.Password, demo.Password);
        Assert.Contains(demo.Accounts, a => a.Email == DemoUsers.AdminEmail && a.Role == Roles.Administrator);
        Assert.Contains(demo.Accounts, a => a.Email == DemoUsers.AnalystEmail && a.Role == Roles.Analyst);
        Assert.Contains(demo.Accounts, a => a.Email == DemoUsers.PressOfficerEmail(DemoGeography.Blagoveshchensk) && a.Role == Roles.PressOfficer);
        Assert.All(demo.Accounts, a => Assert.Contains(a.Role, Roles.All));
    }

    [Fact]
    public void OtherEnvironments_ListNothing()
    {
        var demo = testing.Services.GetRequiredService<IDemoAccounts>().ToShow();

        Assert.True(demo.IsEmpty);
        Assert.Empty(demo.Password);
    }

    [Fact]
    public async Task LoginPage_ShowsTheAccountsInDevelopmentOnly()
    {
        using var developmentClient = development.CreateClient();
        using var testingClient = testing.CreateClient();

        var shown = await developmentClient.GetStringAsync("/login");
        var hidden = await testingClient.GetStringAsync("/login");

        Assert.Contains(DemoUsers.AdminEmail, shown, StringComparison.Ordinal);
        Assert.Contains(DemoUsers.Password, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoUsers.AdminEmail, hidden, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoUsers.Password, hidden, StringComparison.Ordinal);
        // The form itself is there in both.
        Assert.Contains("id=\"password\"", hidden, StringComparison.Ordinal);
    }

    /// <summary>The app as a developer runs it.</summary>
    public sealed class DevelopmentApp : MunicipalPressAppFactory
    {
        protected override string EnvironmentName => "Development";
    }
}
