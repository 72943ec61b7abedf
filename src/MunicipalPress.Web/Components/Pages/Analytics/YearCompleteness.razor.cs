using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Digests;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>
/// Who has reported for a year: counts per category, the municipalities by region with their reports, and
/// approve / return right there for the submitted ones.
/// </summary>
public partial class YearCompleteness
{
    private Actor? _actor;
    private bool _loaded;
    private int _regionId;
    private string _category = string.Empty;
    private int? _busyReportId;
    private IReadOnlyList<UiOption<int>> _regionOptions = [];
    private IReadOnlyList<UiOption<string>> _categoryOptions = [];

    [Parameter]
    public int? Year { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    // Not [PersistentState]: prerendered state travels back in the circuit's first SignalR message (32 KB at most),
    // and these results grow with the selection, so the interactive render loads them again.
    private CompletenessDto? Completeness { get; set; }

    private IReadOnlyList<UiOption<int>> YearOptions { get; set; } = [];

    private IEnumerable<(RegionCompletenessDto Region, List<CompletenessRowDto> Rows)> VisibleRows =>
        (Completeness?.Regions ?? [])
            .Where(r => _regionId == 0 || r.RegionId == _regionId)
            .Select(r => (Region: r, Rows: r.Municipalities.Where(Shown).ToList()))
            .Where(r => r.Rows.Count > 0);

    protected override async Task OnParametersSetAsync()
    {
        _actor = Actor.From((await AuthState).User);
        if (_actor is null)
        {
            return;
        }

        var years = await YearsAsync();
        var year = Year ?? DefaultYear(years);
        if (year is null)
        {
            Completeness = null;
        }
        else if (Completeness?.Year != year)
        {
            Completeness = await ReportingYears.GetCompletenessAsync(_actor, year.Value);
        }

        _regionOptions =
        [
            new(0, A["Filter_AllRegions"]),
            .. (Completeness?.Regions ?? []).Select(r => new UiOption<int>(r.RegionId, r.RegionName)),
        ];
        _categoryOptions =
        [
            new(string.Empty, A["Years_AllCategories"]),
            .. Enum.GetValues<CompletenessCategory>().Select(c => new UiOption<string>(c.ToString(), A[$"Category_{c}"])),
            new(LateFilter, A["Category_Late"]),
        ];
        _loaded = true;
    }

    private async Task<IReadOnlyList<ReportingYearDto>> YearsAsync()
    {
        var years = await ReportingYears.ListAsync();
        YearOptions = [.. years.Select(y => new UiOption<int>(y.Year, y.Year.ToString(CultureInfo.InvariantCulture)))];
        return years;
    }

    /// <summary>The open campaign (the latest, if several are open), otherwise the latest year.</summary>
    private static int? DefaultYear(IReadOnlyList<ReportingYearDto> years) =>
        years.Where(y => y.State == ReportingYearState.Open).MaxBy(y => y.Year)?.Year ?? years.MaxBy(y => y.Year)?.Year;

    private void OnYearChanged(int year) => Navigation.NavigateTo($"/years/{year.ToString(CultureInfo.InvariantCulture)}");

    private void ToggleCategory(CompletenessCategory category) =>
        _category = _category == category.ToString() ? string.Empty : category.ToString();

    /// <summary>The count for the chosen region (all regions: the service's totals).</summary>
    private int CountOf(CompletenessCategory category) =>
        _regionId == 0
            ? Completeness?.Counts.GetValueOrDefault(category) ?? 0
            : (Completeness?.Regions ?? []).Where(r => r.RegionId == _regionId).Sum(r => r.Municipalities.Count(m => m.Category == category));

    /// <summary>A status word is the one every page uses (SharedResource); only the late/on-time split is this page's.</summary>
    private string StateText(CompletenessCategory category) => category switch
    {
        CompletenessCategory.Draft => L["Status_Draft"],
        CompletenessCategory.Returned => L["Status_Returned"],
        CompletenessCategory.Approved => L["Status_Approved"],
        _ => A[$"State_{category}"],
    };

    /// <summary>The filter value for the reports submitted late, whatever their status now.</summary>
    private const string LateFilter = "Late";

    private bool Shown(CompletenessRowDto row) =>
        _category.Length == 0 || (_category == LateFilter ? row.IsLate : row.Category.ToString() == _category);

    private void ToggleLate() => _category = _category == LateFilter ? string.Empty : LateFilter;

    /// <summary>The late reports of the chosen region (all regions: the service's total).</summary>
    private int LateCount =>
        _regionId == 0
            ? Completeness?.Late ?? 0
            : (Completeness?.Regions ?? []).Where(r => r.RegionId == _regionId).Sum(r => r.Municipalities.Count(m => m.IsLate));

    private Task<DigestPlan?> PlanDigestAsync(int year, bool includeSubmitted) =>
        _actor is null
            ? Task.FromResult<DigestPlan?>(null)
            : Digests.PlanYearAsync(_actor, new DigestQuery(year, _regionId == 0 ? null : _regionId, includeSubmitted), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    private static bool IsAwaitingReview(CompletenessCategory category) =>
        category is CompletenessCategory.SubmittedOnTime or CompletenessCategory.SubmittedLate;

    private async Task ApproveAsync(CompletenessRowDto row, int reportId)
    {
        var confirmed = await Feedback.ConfirmAsync(
            A["Approve_Title"],
            A["Approve_Question", row.MunicipalityName, Completeness!.Year],
            A["Action_Approve"],
            A["Action_Cancel"]);
        if (!confirmed || _actor is null)
        {
            return;
        }

        _busyReportId = reportId;
        try
        {
            var approved = await Workflow.ApproveAsync(_actor, reportId, expectedVersion: null);
            if (approved is null)
            {
                Feedback.Error(A["Error_ReportGone"]);
            }
            else
            {
                Feedback.Success(A["Approve_Done", row.MunicipalityName]);
            }
        }
        catch (Exception e) when (e is DomainException or ForbiddenException or ConcurrencyConflictException)
        {
            Feedback.Error(A["Error_ActionFailed", e.Message]);
        }
        finally
        {
            _busyReportId = null;
        }

        await ReloadAsync();
    }

    private async Task ReturnAsync(CompletenessRowDto row, int reportId)
    {
        if (_actor is null)
        {
            return;
        }

        var returned = await Feedback.OpenAsync<ReturnReportDialog, bool>(
            A["Return_Title", row.MunicipalityName, Completeness!.Year],
            new Dictionary<string, object?>
            {
                [nameof(ReturnReportDialog.Actor)] = _actor,
                [nameof(ReturnReportDialog.ReportId)] = reportId,
            },
            DialogSize.Small);
        if (returned)
        {
            Feedback.Success(A["Return_Done", row.MunicipalityName]);
            await ReloadAsync();
        }
    }

    private async Task ReloadAsync()
    {
        if (_actor is not null && Completeness is { } current)
        {
            Completeness = await ReportingYears.GetCompletenessAsync(_actor, current.Year);
        }
    }

    private static Tone ToneFor(CompletenessCategory category) => category switch
    {
        CompletenessCategory.Approved => Tone.Success,
        CompletenessCategory.SubmittedOnTime => Tone.Info,
        CompletenessCategory.SubmittedLate => Tone.Warning,
        CompletenessCategory.Returned => Tone.Danger,
        _ => Tone.Neutral,
    };
}
