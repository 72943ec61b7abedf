using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Components.Pages.Admin;

public partial class IndicatorAdmin
{
    private readonly string _language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
    private Actor _actor = default!;
    private string _category = string.Empty;
    private bool _showInactive = true;

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    private List<IndicatorDto>? All { get; set; }

    private List<UiOption<string>> CategoryFilterOptions { get; set; } = [];

    private List<IndicatorDto> Shown { get; set; } = [];

    // The catalogue as the report form shows it: by category, then by order within it. The grid gets a new
    // list only when a filter or the data changes, so it keeps its sort otherwise.
    private void Filter() => Shown =
        [.. (All ?? [])
            .Where(i => (_showInactive || i.IsActive) && (_category.Length == 0 || i.Category.ToString() == _category))
            .OrderBy(i => i.Category).ThenBy(i => i.SortOrder).ThenBy(i => i.Code, StringComparer.Ordinal)];

    protected override async Task OnInitializedAsync()
    {
        _actor = Actor.From((await AuthState).User)!;
        CategoryFilterOptions =
        [
            new UiOption<string>(string.Empty, L["Filter_AllCategories"]),
            .. Enum.GetValues<IndicatorCategory>().Select(c => new UiOption<string>(c.ToString(), S[$"Category_{c}"])),
        ];

        // Loaded once the circuit is up, not while prerendering: handing prerendered lists over as persisted
        // component state would go through the circuit's first message, whose 32 KB limit a few dozen users
        // already exceed. Until then the grid shows that it is loading.
        if (RendererInfo.IsInteractive)
        {
            All = [.. await Indicators.ListAsync(includeDrafts: true)];
            Filter();
        }
    }

    private static string IndicatorRowClass(IndicatorDto indicator, int index) => indicator.IsActive ? string.Empty : "mp-row-inactive";

    private static string Bounds(IndicatorDto indicator) => (indicator.MinValue, indicator.MaxValue) switch
    {
        (null, null) => "—",
        ({ } min, null) => $"≥ {min.ToString("G29", CultureInfo.CurrentCulture)}",
        (null, { } max) => $"≤ {max.ToString("G29", CultureInfo.CurrentCulture)}",
        ({ } min, { } max) => $"{min.ToString("G29", CultureInfo.CurrentCulture)} – {max.ToString("G29", CultureInfo.CurrentCulture)}",
    };

    private Task AddAsync() => OpenAsync(null);

    private Task EditAsync(IndicatorDto indicator) => OpenAsync(indicator);

    private async Task OpenAsync(IndicatorDto? indicator)
    {
        var saved = await Feedback.OpenAsync<IndicatorDialog, IndicatorDto>(
            indicator is null ? L["Indicators_Add"] : L["Indicators_Edit"],
            new Dictionary<string, object?>
            {
                [nameof(IndicatorDialog.Actor)] = _actor,
                [nameof(IndicatorDialog.Indicator)] = indicator,
                [nameof(IndicatorDialog.NextSortOrder)] = (All ?? []).Select(i => i.SortOrder).DefaultIfEmpty(0).Max() + 10,
            });
        if (saved is not null)
        {
            All = [.. await Indicators.ListAsync(includeDrafts: true)];
            Filter();
            Feedback.Success(L["Indicators_Saved", saved.Code]);
        }
    }

    // Publishing puts the indicator on every city's form at once, so the administrator confirms where it will appear.
    private async Task PublishAsync(IndicatorDto indicator)
    {
        var before = (All ?? [])
            .Where(i => i.IsPublished && i.IsActive && i.Category == indicator.Category && i.SortOrder > indicator.SortOrder)
            .OrderBy(i => i.SortOrder)
            .FirstOrDefault();
        var place = before is null
            ? L["Indicators_PublishPlaceLast", S[$"Category_{indicator.Category}"]]
            : L["Indicators_PublishPlaceBefore", before.NameFor(_language)];
        var confirmed = await Feedback.ConfirmAsync(
            L["Action_Publish"],
            L["Indicators_PublishConfirm", indicator.NameFor(_language), place],
            L["Action_Publish"],
            L["Action_Cancel"]);
        if (!confirmed)
        {
            return;
        }

        try
        {
            await Indicators.PublishAsync(_actor, indicator.Id);
            All = [.. await Indicators.ListAsync(includeDrafts: true)];
            Filter();
            Feedback.Success(L["Indicators_Published", indicator.Code]);
        }
        catch (Exception e) when (e is DomainException or ForbiddenException)
        {
            Feedback.Error(AdminMessages.Describe(e, L));
        }
    }

    private async Task SetActiveAsync(IndicatorDto indicator, bool active)
    {
        if (!active)
        {
            var confirmed = await Feedback.ConfirmAsync(
                L["Action_Deactivate"],
                L["Indicators_DeactivateConfirm", indicator.NameFor(_language)],
                L["Action_Deactivate"],
                L["Action_Cancel"],
                danger: true);
            if (!confirmed)
            {
                return;
            }
        }

        try
        {
            await Indicators.SetActiveAsync(_actor, indicator.Id, active);
            All = [.. await Indicators.ListAsync(includeDrafts: true)];
            Filter();
            Feedback.Success(active ? L["Indicators_Activated", indicator.Code] : L["Indicators_Deactivated", indicator.Code]);
        }
        catch (Exception e) when (e is DomainException or ForbiddenException)
        {
            Feedback.Error(AdminMessages.Describe(e, L));
        }
    }
}
