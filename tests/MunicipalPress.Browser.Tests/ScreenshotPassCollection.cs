namespace MunicipalPress.Browser.Tests;

/// <summary>The screenshot pass gets an app and database of its own, so no other journey's changes show in it.</summary>
[CollectionDefinition(Name)]
public sealed class ScreenshotPassCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "ScreenshotPass";
}
