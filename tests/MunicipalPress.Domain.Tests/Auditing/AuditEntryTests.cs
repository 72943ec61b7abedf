using MunicipalPress.Domain.Auditing;

namespace MunicipalPress.Domain.Tests.Auditing;

public class AuditEntryTests
{
    [Fact]
    public void Constructor_AllValues_Kept()
    {
        var at = new DateTimeOffset(2025, 2, 20, 10, 0, 0, TimeSpan.Zero);

        var entry = new AuditEntry(
            at,
            "u-1",
            "press.blagoveshchensk",
            "Submit",
            "AnnualReport",
            "42",
            10,
            "{\"Status\":\"Draft\"}",
            "{\"Status\":\"Submitted\"}");

        Assert.Equal(at, entry.OccurredAt);
        Assert.Equal("u-1", entry.UserId);
        Assert.Equal("press.blagoveshchensk", entry.UserName);
        Assert.Equal("Submit", entry.Action);
        Assert.Equal("AnnualReport", entry.EntityType);
        Assert.Equal("42", entry.EntityId);
        Assert.Equal(10, entry.MunicipalityId);
        Assert.Equal("{\"Status\":\"Draft\"}", entry.OldValues);
        Assert.Equal("{\"Status\":\"Submitted\"}", entry.NewValues);
    }

    [Fact]
    public void Constructor_SystemChange_AllowsMissingUserAndValues()
    {
        var entry = new AuditEntry(DateTimeOffset.UnixEpoch, null, "system", "Added", "Indicator", "7", null, null, "{}");

        Assert.Null(entry.UserId);
        Assert.Null(entry.MunicipalityId);
        Assert.Null(entry.OldValues);
    }
}
