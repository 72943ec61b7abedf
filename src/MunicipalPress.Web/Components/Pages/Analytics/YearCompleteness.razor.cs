using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Reporting;
using Radzen;

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
    private List<KeyValuePair<int, string>> _regionOptions = [];
    private List<KeyValuePair<string, string>> _categoryOptions = [];

    [Parameter]
    public int? Year { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    // Not [PersistentState]: prerendered state travels back in the circuit's first SignalR message (32 KB at most),
    // and these results grow with the selection, so the interactive render loads them again.
    private CompletenessDto? Completeness { get; set; }

    private List<int>? YearOptions { get; set; }

    private IEnumerable<(RegionCompletenessDto Region, List<CompletenessRowDto> Rows)> VisibleRows =>
        (Completeness?.Regions ?? [])
            .Where(r => _regionId == 0 || r.RegionId == _regionId)
            .Select(r => (Region: r, Rows: r.Municipalities.Where(m => _category.Length == 0 || m.Category.ToString() == _category).ToList()))
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
            KeyValuePair.Create(0, A["Filter_AllRegions"].Value),
            .. (Completeness?.Regions ?? []).Select(r => KeyValuePair.Create(r.RegionId, r.RegionName)),
        ];
        _categoryOptions =
        [
            KeyValuePair.Create(string.Empty, A["Years_AllCategories"].Value),
            .. Enum.GetValues<CompletenessCategory>().Select(c => KeyValuePair.Create(c.ToString(), A[$"Category_{c}"].Value)),
        ];
        _loaded = true;
    }

    private async Task<IReadOnlyList<ReportingYearDto>> YearsAsync()
    {
        var years = await ReportingYears.ListAsync();
        YearOptions = [.. years.Select(y => y.Year)];
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

    private static bool IsAwaitingReview(CompletenessCategory category) =>
        category is CompletenessCategory.SubmittedOnTime or CompletenessCategory.SubmittedLate;

    private async Task ApproveAsync(CompletenessRowDto row, int reportId)
    {
        var confirmed = await Dialogs.Confirm(
            A["Approve_Question", row.MunicipalityName, Completeness!.Year].Value,
            A["Approve_Title"].Value,
            new ConfirmOptions { OkButtonText = A["Action_Approve"].Value, CancelButtonText = A["Action_Cancel"].Value });
        if (confirmed != true || _actor is null)
        {
            return;
        }

        _busyReportId = reportId;
        try
        {
            var approved = await Workflow.ApproveAsync(_actor, reportId, expectedVersion: null);
            if (approved is null)
            {
                Notify(NotificationSeverity.Error, A["Error_ReportGone"].Value);
            }
            else
            {
                Notify(NotificationSeverity.Success, A["Approve_Done", row.MunicipalityName].Value);
            }
        }
        catch (Exception e) when (e is DomainException or ForbiddenException or ConcurrencyConflictException)
        {
            Notify(NotificationSeverity.Error, A["Error_ActionFailed", e.Message].Value);
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

        var result = await Dialogs.OpenAsync<ReturnReportDialog>(
            A["Return_Title", row.MunicipalityName, Completeness!.Year].Value,
            new Dictionary<string, object?>
            {
                [nameof(ReturnReportDialog.Actor)] = _actor,
                [nameof(ReturnReportDialog.ReportId)] = reportId,
            },
            new DialogOptions { Width = "min(560px, 95vw)", CloseDialogOnEsc = true });
        if (result is true)
        {
            Notify(NotificationSeverity.Success, A["Return_Done", row.MunicipalityName].Value);
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

    private void Notify(NotificationSeverity severity, string message) =>
        Notifications.Notify(new NotificationMessage { Severity = severity, Summary = message, Duration = 6000 });

    private static BadgeStyle StyleFor(CompletenessCategory category) => category switch
    {
        CompletenessCategory.Approved => BadgeStyle.Success,
        CompletenessCategory.SubmittedOnTime => BadgeStyle.Info,
        CompletenessCategory.SubmittedLate => BadgeStyle.Warning,
        CompletenessCategory.Returned => BadgeStyle.Danger,
        CompletenessCategory.Draft => BadgeStyle.Base,
        _ => BadgeStyle.Base,
    };

    private static Shade ShadeFor(CompletenessCategory category) =>
        category is CompletenessCategory.Draft or CompletenessCategory.NotStarted ? Shade.Light : Shade.Lighter;
}
