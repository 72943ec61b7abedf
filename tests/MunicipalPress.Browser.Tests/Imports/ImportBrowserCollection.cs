namespace MunicipalPress.Browser.Tests.Imports;

/// <summary>
/// The import journeys write drafts, so they get an app (and a database) of their own instead of sharing the
/// read-only journeys' one: the fixture is created once per collection.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ImportBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Import browser";
}
