using MunicipalPress.Testing;

namespace MunicipalPress.Browser.Tests;

/// <summary>
/// The app in Development, so the login page lists the demo accounts as a developer sees it. On start it
/// runs the Development migrate-and-seed step, which finds the cloned database up to date and adds nothing.
/// </summary>
public sealed class BrowserTestApp : MunicipalPressAppFactory
{
    protected override string EnvironmentName => "Development";
}
