using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>A task of last year's report with what became of it, recorded while this year's report is written.</summary>
public sealed class TaskOutcomeEntry
{
    public required int TaskId { get; init; }

    public required string TaskText { get; init; }

    public string? TaskDirection { get; init; }

    public TaskOutcome? Outcome { get; set; }

    public string? Comment { get; set; }
}
