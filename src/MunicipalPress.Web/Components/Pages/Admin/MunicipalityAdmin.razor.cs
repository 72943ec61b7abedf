using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Regions;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Components.Pages.Admin;

public partial class MunicipalityAdmin
{
    private Actor _actor = default!;
    private int _regionId;
    private string? _search;
    private bool _showArchived;

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    private List<RegionDto>? Regions { get; set; }

    private List<MunicipalityDto>? All { get; set; }

    private List<UiOption<int>> RegionFilterOptions { get; set; } = [];

    private List<MunicipalityDto> Shown { get; set; } = [];

    // Filtering happens here, over every municipality (archived ones too): the list is a few hundred at most.
    // The grid gets a new list only when a filter or the data changes, so it keeps its page and sort otherwise.
    private void Filter() => Shown =
        [.. (All ?? []).Where(m =>
            (_showArchived || !m.IsArchived)
            && (_regionId == 0 || m.RegionId == _regionId)
            && (string.IsNullOrWhiteSpace(_search)
                || m.Name.Contains(_search.Trim(), StringComparison.CurrentCultureIgnoreCase)
                || m.RegionName.Contains(_search.Trim(), StringComparison.CurrentCultureIgnoreCase)))];

    protected override async Task OnInitializedAsync()
    {
        _actor = Actor.From((await AuthState).User)!;
        // Loaded once the circuit is up, not while prerendering: handing prerendered lists over as persisted
        // component state would go through the circuit's first message, whose 32 KB limit a few dozen users
        // already exceed. Until then the grid shows that it is loading.
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        Regions = [.. await RegionService.ListAsync()];
        All = [.. await Municipalities.ListAsync(new MunicipalityQuery(IncludeArchived: true))];
        Loaded();
    }

    private void Loaded()
    {
        RegionFilterOptions = [new UiOption<int>(0, L["Filter_AllRegions"]), .. (Regions ?? []).Select(r => new UiOption<int>(r.Id, r.Name))];
        Filter();
    }

    private static string MunicipalityRowClass(MunicipalityDto municipality, int index) =>
        municipality.IsArchived ? "mp-row-archived" : string.Empty;

    private Task AddRegionAsync() => OpenRegionAsync(null);

    private Task EditRegionAsync(RegionDto region) => OpenRegionAsync(region);

    private async Task OpenRegionAsync(RegionDto? region)
    {
        var saved = await Feedback.OpenAsync<RegionDialog, RegionDto>(
            region is null ? L["Regions_Add"] : L["Regions_Edit"],
            new Dictionary<string, object?> { [nameof(RegionDialog.Actor)] = _actor, [nameof(RegionDialog.Region)] = region });
        if (saved is not null)
        {
            await LoadAsync();
            Feedback.Success(L["Regions_Saved", saved.Name]);
        }
    }

    private Task AddMunicipalityAsync() => OpenMunicipalityAsync(null);

    private Task EditMunicipalityAsync(MunicipalityDto municipality) => OpenMunicipalityAsync(municipality);

    private async Task OpenMunicipalityAsync(MunicipalityDto? municipality)
    {
        var saved = await Feedback.OpenAsync<MunicipalityDialog, MunicipalityDto>(
            municipality is null ? L["Municipalities_Add"] : L["Municipalities_Edit"],
            new Dictionary<string, object?>
            {
                [nameof(MunicipalityDialog.Actor)] = _actor,
                [nameof(MunicipalityDialog.Regions)] = Regions ?? [],
                [nameof(MunicipalityDialog.Municipality)] = municipality,
                [nameof(MunicipalityDialog.RegionId)] = _regionId,
            });
        if (saved is not null)
        {
            await LoadAsync();
            Feedback.Success(L["Municipalities_Saved", saved.Name]);
        }
    }

    private async Task SetArchivedAsync(MunicipalityDto municipality, bool archived)
    {
        var action = archived ? L["Action_Archive"] : L["Action_Restore"];
        var confirmed = await Feedback.ConfirmAsync(
            action,
            archived ? L["Municipalities_ArchiveConfirm", municipality.Name] : L["Municipalities_RestoreConfirm", municipality.Name],
            action,
            L["Action_Cancel"],
            danger: archived);
        if (!confirmed)
        {
            return;
        }

        try
        {
            await Municipalities.SetArchivedAsync(_actor, municipality.Id, archived);
            await LoadAsync();
            Feedback.Success(archived ? L["Municipalities_Archived", municipality.Name] : L["Municipalities_Restored", municipality.Name]);
        }
        catch (Exception e) when (e is DomainException or ForbiddenException)
        {
            Feedback.Error(AdminMessages.Describe(e, L));
        }
    }
}
