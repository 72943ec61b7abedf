using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Municipalities;

/// <summary>
/// The tasks a report set for the following year (<see cref="TargetYear"/>) and what became of them,
/// as recorded in the next year's report. A task without an outcome counts as pending.
/// </summary>
public sealed record TaskRecordYearDto(int ReportYear, int ReportId, ReportStatus Status, IReadOnlyList<PlannedTaskDto> Tasks)
{
    public int TargetYear => ReportYear + 1;

    public int Done => Count(TaskOutcome.Done);

    public int Partly => Count(TaskOutcome.Partly);

    public int NotDone => Count(TaskOutcome.NotDone);

    public int CarriedOver => Count(TaskOutcome.CarriedOver);

    public int Pending => Tasks.Count(t => t.Outcome is null);

    private int Count(TaskOutcome outcome) => Tasks.Count(t => t.Outcome == outcome);
}
