using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

public sealed record LocalTaskOutcome(int TaskId, TaskOutcome? Outcome, string? Comment);
