namespace MunicipalPress.Browser.Tests;

/// <summary>Browser test classes share one app and one Chromium; xunit runs the collection's tests one by one.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
