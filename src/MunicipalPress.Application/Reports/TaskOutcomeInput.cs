using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

/// <summary>What became of a task planned in last year's report (recorded while writing this year's).</summary>
public sealed record TaskOutcomeInput(int TaskId, TaskOutcome Outcome, string? Comment);
