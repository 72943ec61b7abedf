using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// The report an import would go into. <see cref="Message"/> says the same as <see cref="State"/> in English
/// (for the API and the Cli); pages show their own translation of the state.
/// </summary>
public sealed record ImportTargetDto(
    int MunicipalityId,
    string MunicipalityName,
    int Year,
    ImportTargetState State,
    ReportingYearState? YearState,
    int? ReportId,
    ReportStatus? ReportStatus,
    string Message)
{
    /// <summary>True when applying would write (for a draft with content, only with the user's confirmation).</summary>
    public bool CanImport => State is ImportTargetState.NewDraft or ImportTargetState.EmptyDraft or ImportTargetState.DraftWithContent;
}
