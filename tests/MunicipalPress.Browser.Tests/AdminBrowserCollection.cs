namespace MunicipalPress.Browser.Tests;

/// <summary>
/// The administration tests get an app and database of their own: they add regions, cities, users and a
/// reporting year, which the other browser tests' expectations (lists, the open year) must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AdminBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "AdminBrowser";
}
