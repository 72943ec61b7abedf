namespace MunicipalPress.Domain.Reports;

/// <summary>What became of a planned task, recorded when the next year's report is written.</summary>
public enum TaskOutcome
{
    Done,
    Partly,
    NotDone,
    CarriedOver,
}
