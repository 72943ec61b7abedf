using System.ComponentModel.DataAnnotations;
using MunicipalPress.Domain.Reporting;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Body of POST /api/v1/imports: a parse the user has checked and corrected, to become the draft of a
/// municipality's report for a year. Figures the user rejected are simply left out. When the city already has
/// a draft with content, <see cref="ReplaceExistingContent"/> must say that the import may replace it.
/// </summary>
public sealed class ImportRequest
{
    [Range(1, int.MaxValue, ErrorMessage = "Choose the municipality.")]
    public int MunicipalityId { get; set; }

    [Range(ReportingYear.MinYear, ReportingYear.MaxYear, ErrorMessage = "The year must be between {1} and {2}.")]
    public int Year { get; set; }

    public IReadOnlyList<ImportAchievement>? Achievements { get; set; }

    public IReadOnlyList<ImportPlannedTask>? PlannedTasks { get; set; }

    /// <summary>Each figure names its indicator by <c>code</c> (as the parse gives it) or by <c>indicatorId</c>.</summary>
    public IReadOnlyList<ImportIndicatorValue>? Indicators { get; set; }

    public bool ReplaceExistingContent { get; set; }
}
