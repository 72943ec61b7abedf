using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Reports;
using static MunicipalPress.Domain.Tests.TestData;

namespace MunicipalPress.Domain.Tests.Reports;

public class AcknowledgedFlagTests
{
    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Returned)]
    [InlineData(ReportStatus.Submitted)]
    public void AcknowledgeFlag_OpenReport_KeepsWhoAndWhen(ReportStatus status)
    {
        var report = ReportIn(status);

        var flag = report.AcknowledgeFlag(" disagreement:press_releases:1340:1300 ", Analyst, ReviewedAt);

        Assert.Equal("disagreement:press_releases:1340:1300", flag.Key);
        Assert.Equal((Analyst.Id, Analyst.Name, ReviewedAt), (flag.AcknowledgedById, flag.AcknowledgedByName, flag.AcknowledgedAt));
        Assert.Same(flag, Assert.Single(report.AcknowledgedFlags));
    }

    [Fact]
    public void AcknowledgeFlag_SameKeyTwice_KeepsTheFirstMark()
    {
        var report = Draft();
        var first = report.AcknowledgeFlag("jump:field_events:400:100", Analyst, ReviewedAt);

        var second = report.AcknowledgeFlag("jump:field_events:400:100", new Reviewer("someone-else", "Someone Else"), ReopenedAt);

        Assert.Same(first, second);
        Assert.Single(report.AcknowledgedFlags);
    }

    [Fact]
    public void AcknowledgeFlag_ApprovedReport_Refused()
    {
        var report = ReportIn(ReportStatus.Approved);

        Assert.Throws<DomainException>(() => report.AcknowledgeFlag("jump:field_events:400:100", Analyst, ReviewedAt));
        Assert.Empty(report.AcknowledgedFlags);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AcknowledgeFlag_EmptyKey_Refused(string key) =>
        Assert.Throws<DomainException>(() => Draft().AcknowledgeFlag(key, Analyst, ReviewedAt));

    [Fact]
    public void AcknowledgeFlag_KeyTooLong_Refused() =>
        Assert.Throws<DomainException>(() => Draft().AcknowledgeFlag(new string('k', AcknowledgedFlag.KeyMaxLength + 1), Analyst, ReviewedAt));
}
