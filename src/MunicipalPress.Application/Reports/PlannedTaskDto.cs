using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

public sealed record PlannedTaskDto(
    int Id,
    string Text,
    string? Direction,
    int Order,
    TaskOutcome? Outcome,
    string? OutcomeComment);
