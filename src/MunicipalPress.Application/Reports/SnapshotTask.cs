using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

public sealed record SnapshotTask(string Text, TaskOutcome? Outcome, string? OutcomeComment);
