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
using MunicipalPress.Web.Components.Ui;

using MunicipalPress.Web.Components.Shared;

namespace MunicipalPress.Web.Components.Pages.Admin;

public partial class AuditLog
{
    private const int PageSize = 25;

    // What the trail records: report versions (Application/Reports), users, and reference data (the DbContext).
    private static readonly string[] EntityTypes = ["AnnualReport", "Municipality", "Region", "Indicator", "ReportingYear", "User"];

    private readonly GridSource<AuditEntryDto> _source;
    private readonly TaskCompletionSource _filtersReady = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Actor _actor = default!;
    private AuditWords _words = default!;
    private List<UiOption<string>> _userOptions = [];
    private List<UiOption<int>> _municipalityOptions = [];
    private List<UiOption<string>> _entityOptions = [];
    private Dictionary<int, string> _regionNames = [];
    private Dictionary<int, string> _municipalityNames = [];
    private string _userId = string.Empty;
    private int _municipalityId;
    private string _entityType = string.Empty;
    private DateOnly? _from;
    private DateOnly? _to;
    private int _total;

    public AuditLog() => _source = new GridSource<AuditEntryDto>(LoadAsync);

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = Actor.From((await AuthState).User)!;
        _words = new AuditWords(L["Yes"], L["No"], "—", count => L[$"Audit_Items_{Plural.Of(count, CultureInfo.CurrentCulture)}", count]);

        // Loaded once the circuit is up, like every administration page (see MunicipalityAdmin); the grid asks
        // for its first page only then, too.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        _userOptions =
        [
            new UiOption<string>(string.Empty, L["Filter_AllUsers"]),
            .. (await Users.ListAsync(_actor))
                .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
                .Select(u => new UiOption<string>(u.Id, $"{u.DisplayName} ({u.Email})")),
        ];
        var municipalities = await Municipalities.ListAsync(new MunicipalityQuery(IncludeArchived: true));
        _municipalityNames = municipalities.ToDictionary(m => m.Id, m => m.Name);
        _regionNames = (await Regions.ListAsync()).ToDictionary(r => r.Id, r => r.Name);
        _municipalityOptions =
        [
            new UiOption<int>(0, L["Filter_AllMunicipalities"]),
            .. municipalities.Select(m => new UiOption<int>(m.Id, m.Name)),
        ];
        _entityOptions =
        [
            new UiOption<string>(string.Empty, L["Filter_AllEntities"]),
            .. EntityTypes.Select(t => new UiOption<string>(t, Localized("Entity_", t))),
        ];
        _filtersReady.TrySetResult();
    }

    /// <summary>A filter changed: back to the first page.</summary>
    private Task FilterAsync() => _source.FirstPageAsync();

    private async Task<PageResult<AuditEntryDto>> LoadAsync(PageRequest request, CancellationToken cancellationToken)
    {
        if (!RendererInfo.IsInteractive)
        {
            return new PageResult<AuditEntryDto>([], 0);
        }

        // The names the changes are shown with (regions, municipalities) come with the filters.
        await _filtersReady.Task.WaitAsync(cancellationToken);
        var query = new AuditQuery(
            UserId: _userId.Length == 0 ? null : _userId,
            MunicipalityId: _municipalityId == 0 ? null : _municipalityId,
            From: _from,
            To: _to,
            EntityType: _entityType.Length == 0 ? null : _entityType,
            Page: request.Page,
            PageSize: request.PageSize);
        var page = await Audit.ListAsync(_actor, query, cancellationToken);
        _total = page.Total;
        StateHasChanged();
        return new PageResult<AuditEntryDto>(page.Items, page.Total);
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

    /// <summary>
    /// What an entry changed. A report version's comment belongs to that step only: the version after it carrying no
    /// comment is not "comment removed".
    /// </summary>
    private IReadOnlyList<AuditChange> ChangesOf(AuditEntryDto entry) =>
        [.. AuditChanges.Between(entry.OldValues, entry.NewValues, entry.EntityId, (field, value) => Describe(entry.EntityType, field, value), _words, CultureInfo.CurrentCulture)
            .Where(c => !(entry.EntityType == "AnnualReport" && c.Field == "comment" && c.Value == _words.Empty))];

    private static string Pascal(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];

    private static string ShortId(string id) => id.Length > 8 ? id[..8] + "…" : id;

    private static string? LinkFor(AuditEntryDto entry) => entry.EntityType switch
    {
        "AnnualReport" => $"/reports/{entry.EntityId}",
        "Municipality" => $"/municipalities/{entry.EntityId}",
        _ => null,
    };
}
