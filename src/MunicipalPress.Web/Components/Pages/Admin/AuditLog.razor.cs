using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MunicipalPress.Application.Auditing;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;
using Radzen;
using Radzen.Blazor;

namespace MunicipalPress.Web.Components.Pages.Admin;

public partial class AuditLog
{
    private const int PageSize = 25;

    // What the trail records: report versions (Application/Reports), users, and reference data (the DbContext).
    private static readonly string[] EntityTypes = ["AnnualReport", "Municipality", "Region", "Indicator", "ReportingYear", "User"];

    private Actor _actor = default!;
    private RadzenDataGrid<AuditEntryDto>? _grid;
    private bool _loading;
    private AuditWords _words = default!;
    private List<KeyValuePair<string, string>> _userOptions = [];
    private List<KeyValuePair<int, string>> _municipalityOptions = [];
    private List<KeyValuePair<string, string>> _entityOptions = [];
    private Dictionary<int, string> _regionNames = [];
    private Dictionary<int, string> _municipalityNames = [];
    private string _userId = string.Empty;
    private int _municipalityId;
    private string _entityType = string.Empty;
    private DateOnly? _from;
    private DateOnly? _to;

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    private PagedResult<AuditEntryDto>? Loaded { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _actor = Actor.From((await AuthState).User)!;
        _words = new AuditWords(L["Yes"], L["No"], "—", L["Audit_Items"]);

        // Loaded once the circuit is up, like every administration page (see MunicipalityAdmin).
        if (!RendererInfo.IsInteractive)
        {
            _loading = true;
            return;
        }

        _userOptions =
        [
            KeyValuePair.Create(string.Empty, L["Filter_AllUsers"].Value),
            .. (await Users.ListAsync(_actor))
                .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
                .Select(u => KeyValuePair.Create(u.Id, $"{u.DisplayName} ({u.Email})")),
        ];
        var municipalities = await Municipalities.ListAsync(new MunicipalityQuery(IncludeArchived: true));
        _municipalityNames = municipalities.ToDictionary(m => m.Id, m => m.Name);
        _regionNames = (await Regions.ListAsync()).ToDictionary(r => r.Id, r => r.Name);
        _municipalityOptions =
        [
            KeyValuePair.Create(0, L["Filter_AllMunicipalities"].Value),
            .. municipalities.Select(m => KeyValuePair.Create(m.Id, m.Name)),
        ];
        _entityOptions =
        [
            KeyValuePair.Create(string.Empty, L["Filter_AllEntities"].Value),
            .. EntityTypes.Select(t => KeyValuePair.Create(t, Localized("Entity_", t))),
        ];

        await LoadAsync(new LoadDataArgs { Skip = 0, Top = PageSize });
    }

    private async Task ReloadAsync()
    {
        if (_grid is not null)
        {
            await _grid.FirstPage(forceReload: true);
        }
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        _loading = true;
        var top = args.Top is > 0 ? args.Top.Value : PageSize;
        var query = new AuditQuery(
            UserId: _userId.Length == 0 ? null : _userId,
            MunicipalityId: _municipalityId == 0 ? null : _municipalityId,
            From: _from,
            To: _to,
            EntityType: _entityType.Length == 0 ? null : _entityType,
            Page: (args.Skip ?? 0) / top + 1,
            PageSize: top);
        Loaded = await Audit.ListAsync(_actor, query);
        _loading = false;
    }

    /// <summary>The resource for a stored word (an action, an entity type, a field), or the word itself when there is none.</summary>
    private string Localized(string prefix, string word) =>
        L[prefix + word] is { ResourceNotFound: false } text ? text.Value : word;

    /// <summary>Stored values only this page can name: enum members (stored as numbers), regions and municipalities by id.</summary>
    private string? Describe(string entityType, string field, JsonElement value) => (entityType, Pascal(field)) switch
    {
        ("ReportingYear", "State") => EnumText<ReportingYearState>(value, s => S[$"YearState_{s}"]),
        ("Municipality", "Kind") => EnumText<MunicipalityKind>(value, k => S[$"Kind_{k}"]),
        ("Indicator", "Kind") => EnumText<IndicatorKind>(value, k => L[$"IndicatorKind_{k}"]),
        ("Indicator", "Category") => EnumText<IndicatorCategory>(value, c => S[$"Category_{c}"]),
        ("AnnualReport", "Status") => EnumText<ReportStatus>(value, s => S[$"Status_{s}"]),
        ("User", "Role") when value.ValueKind == JsonValueKind.String => S[$"Role_{value.GetString()}"] is { ResourceNotFound: false } role ? role.Value : null,
        (_, "RegionId") when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) => _regionNames.GetValueOrDefault(id),
        (_, "MunicipalityId") when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) => _municipalityNames.GetValueOrDefault(id),
        _ => null,
    };

    private static string? EnumText<TEnum>(JsonElement value, Func<TEnum, string> text)
        where TEnum : struct, Enum
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && Enum.IsDefined(typeof(TEnum), number))
        {
            return text((TEnum)Enum.ToObject(typeof(TEnum), number));
        }

        return value.ValueKind == JsonValueKind.String && Enum.TryParse<TEnum>(value.GetString(), out var parsed) ? text(parsed) : null;
    }

    private static string Pascal(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];

    private static string ShortId(string id) => id.Length > 8 ? id[..8] + "…" : id;

    private static string? LinkFor(AuditEntryDto entry) => entry.EntityType switch
    {
        "AnnualReport" => $"/reports/{entry.EntityId}",
        "Municipality" => $"/municipalities/{entry.EntityId}",
        _ => null,
    };
}
