using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Reporting;

namespace MunicipalPress.Domain.Tests.Reporting;

public class ReportingYearTests
{
    private static readonly DateOnly _opensOn = new(2025, 1, 15);
    private static readonly DateOnly _deadline = new(2025, 3, 1);

    [Fact]
    public void Constructor_ValidInput_IsPlanned()
    {
        var campaign = new ReportingYear(2024, _opensOn, _deadline);

        Assert.Equal(2024, campaign.Year);
        Assert.Equal(_opensOn, campaign.OpensOn);
        Assert.Equal(_deadline, campaign.Deadline);
        Assert.Equal(ReportingYearState.Planned, campaign.State);
    }

    [Theory]
    [InlineData(ReportingYear.MinYear)]
    [InlineData(ReportingYear.MaxYear)]
    public void Constructor_YearAtBound_Accepted(int year)
    {
        Assert.Equal(year, new ReportingYear(year, _opensOn, _deadline).Year);
    }

    [Theory]
    [InlineData(ReportingYear.MinYear - 1)]
    [InlineData(ReportingYear.MaxYear + 1)]
    [InlineData(-2024)]
    public void Constructor_YearOutOfRange_Throws(int year)
    {
        var error = Assert.Throws<DomainException>(() => new ReportingYear(year, _opensOn, _deadline));

        Assert.Equal(nameof(ReportingYear.Year), error.Field);
    }

    [Fact]
    public void Constructor_DeadlineBeforeOpening_Throws()
    {
        var error = Assert.Throws<DomainException>(() => new ReportingYear(2024, _deadline, _opensOn));

        Assert.Equal(nameof(ReportingYear.Deadline), error.Field);
    }

    [Fact]
    public void Constructor_DeadlineOnOpeningDay_Accepted()
    {
        var campaign = new ReportingYear(2024, _opensOn, _opensOn);

        Assert.Equal(campaign.OpensOn, campaign.Deadline);
    }

    [Fact]
    public void SetDates_Valid_ReplacesDates()
    {
        var campaign = new ReportingYear(2024, _opensOn, _deadline);

        campaign.SetDates(_opensOn.AddDays(1), _deadline.AddDays(10));

        Assert.Equal(_opensOn.AddDays(1), campaign.OpensOn);
        Assert.Equal(_deadline.AddDays(10), campaign.Deadline);
    }

    [Fact]
    public void SetDates_DeadlineBeforeOpening_ThrowsAndKeepsDates()
    {
        var campaign = new ReportingYear(2024, _opensOn, _deadline);

        Assert.Throws<DomainException>(() => campaign.SetDates(_deadline, _deadline.AddDays(-1)));

        Assert.Equal((_opensOn, _deadline), (campaign.OpensOn, campaign.Deadline));
    }

    [Fact]
    public void Open_Planned_BecomesOpen()
    {
        var campaign = new ReportingYear(2024, _opensOn, _deadline);

        campaign.Open();

        Assert.Equal(ReportingYearState.Open, campaign.State);
    }

    [Fact]
    public void Open_AlreadyOpen_Throws()
    {
        var campaign = new ReportingYear(2024, _opensOn, _deadline);
        campaign.Open();

        var error = Assert.Throws<DomainException>(campaign.Open);

        Assert.Contains("already open", error.Message);
        Assert.Equal(ReportingYearState.Open, campaign.State);
    }

    [Fact]
    public void Open_Closed_ReopensCampaign()
    {
        var campaign = new ReportingYear(2024, _opensOn, _deadline);
        campaign.Open();
        campaign.Close();

        campaign.Open();

        Assert.Equal(ReportingYearState.Open, campaign.State);
    }

    [Fact]
    public void Close_Open_BecomesClosed()
    {
        var campaign = new ReportingYear(2024, _opensOn, _deadline);
        campaign.Open();

        campaign.Close();

        Assert.Equal(ReportingYearState.Closed, campaign.State);
    }

    [Fact]
    public void Close_Planned_Throws()
    {
        var campaign = new ReportingYear(2024, _opensOn, _deadline);

        var error = Assert.Throws<DomainException>(campaign.Close);

        Assert.Contains(nameof(ReportingYearState.Planned), error.Message);
        Assert.Equal(ReportingYearState.Planned, campaign.State);
    }

    [Fact]
    public void Close_AlreadyClosed_Throws()
    {
        var campaign = new ReportingYear(2024, _opensOn, _deadline);
        campaign.Open();
        campaign.Close();

        Assert.Throws<DomainException>(campaign.Close);
        Assert.Equal(ReportingYearState.Closed, campaign.State);
    }

    [Theory]
    [InlineData(-30, false)]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(365, true)]
    public void IsLate_DaysFromDeadline_LateOnlyAfterDeadlineDay(int days, bool expected)
    {
        var campaign = new ReportingYear(2024, _opensOn, _deadline);

        Assert.Equal(expected, campaign.IsLate(_deadline.AddDays(days)));
    }
}
