using MunicipalPress.Domain.Common;

namespace MunicipalPress.Domain.Reporting;

/// <summary>The campaign for one year's reports: it opens, has a deadline, and is closed at the end.</summary>
public class ReportingYear
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private ReportingYear()
    {
    }

    public ReportingYear(int year, DateOnly opensOn, DateOnly deadline)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new DomainException($"Year must be between {MinYear} and {MaxYear}.", nameof(Year));
        }

        Year = year;
        SetDates(opensOn, deadline);
        State = ReportingYearState.Planned;
    }

    /// <summary>The year the reports are about (the key: one campaign per year).</summary>
    public int Year { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly Deadline { get; private set; }

    public ReportingYearState State { get; private set; }

    public void SetDates(DateOnly opensOn, DateOnly deadline)
    {
        if (deadline < opensOn)
        {
            throw new DomainException("The deadline must not be before the opening date.", nameof(Deadline));
        }

        OpensOn = opensOn;
        Deadline = deadline;
    }

    public void Open()
    {
        if (State == ReportingYearState.Open)
        {
            throw new DomainException($"Reporting year {Year} is already open.");
        }

        State = ReportingYearState.Open;
    }

    public void Close()
    {
        if (State != ReportingYearState.Open)
        {
            throw new DomainException($"Only an open reporting year can be closed; {Year} is {State}.");
        }

        State = ReportingYearState.Closed;
    }

    /// <summary>A submission on this date is late when it comes after the deadline day.</summary>
    public bool IsLate(DateOnly submittedOn) => submittedOn > Deadline;
}
