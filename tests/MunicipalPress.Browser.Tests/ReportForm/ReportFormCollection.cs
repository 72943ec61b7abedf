namespace MunicipalPress.Browser.Tests.ReportForm;

/// <summary>
/// The report form's tests change reports, so they get their own app and database (a second BrowserFixture):
/// the read-only journeys of the other collection never see their drafts. Tests in here run one by one.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReportFormCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "ReportForm";
}
