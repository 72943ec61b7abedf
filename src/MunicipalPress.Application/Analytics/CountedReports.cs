namespace MunicipalPress.Application.Analytics;

/// <summary>Which sent reports count in analytics (<see cref="AnalyticsFacts"/>). Approved only is the default.</summary>
public enum CountedReports
{
    /// <summary>Reports an analyst has approved: the checked figures.</summary>
    Approved,

    /// <summary>Approved reports and reports sent but not yet reviewed, when the reader asks for the newest figures.</summary>
    ApprovedAndSubmitted,
}
