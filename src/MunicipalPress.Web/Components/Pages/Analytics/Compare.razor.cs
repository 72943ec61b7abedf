using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MunicipalPress.Application.Analytics;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Web.Components.Shared;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>
/// Cities (or a whole region) side by side on chosen indicators over a year range, absolute or per 10,000
/// residents. The selection lives in the address (the API's own parameters): the form only navigates, and
/// the page shows whatever its address asks for.
/// </summary>
public partial class Compare
{
    private const string DefaultIndicator = "press_releases";
    private const int DefaultSpan = 5;

    private Actor? _actor;
    private IReadOnlyList<int> _cities = [];
    private int _regionId;
    private IReadOnlyList<string> _indicators = [];
    private int _from;
    private int _to;
    private bool _perCapita;
    private bool _includeSubmitted;
    private CompareSelection? _shown;
    private bool _shownComplete;
    private string? _error;
    private Dictionary<string, CompareChart> _charts = [];
    private CompareChartKind _chartKind = CompareChartKind.Lines;

    [SupplyParameterFromQuery(Name = "indicator")]
    public string[]? IndicatorCodes { get; set; }

    [SupplyParameterFromQuery(Name = "municipalityId")]
    public int[]? MunicipalityIds { get; set; }

    [SupplyParameterFromQuery(Name = "regionId")]
    public int? RegionId { get; set; }

    [SupplyParameterFromQuery(Name = "fromYear")]
    public int? FromYear { get; set; }

    [SupplyParameterFromQuery(Name = "toYear")]
    public int? ToYear { get; set; }

    [SupplyParameterFromQuery(Name = "perCapita")]
    public bool? PerCapita { get; set; }

    [SupplyParameterFromQuery(Name = "includeSubmitted")]
    public bool? IncludeSubmitted { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    // Not [PersistentState]: prerendered state travels back in the circuit's first SignalR message (32 KB at most),
    // and these results grow with the selection, so the interactive render loads them again.
    private AnalyticsOptions? Options { get; set; }

    private CompareResultDto? Result { get; set; }

    private string? ResultKey { get; set; }

    private IReadOnlyList<UiOption<bool>> ScaleOptions =>
        [new(false, A["Compare_Absolute"]), new(true, A["Compare_PerCapita"])];

    private IReadOnlyList<UiOption<CompareChartKind>> ChartKindOptions =>
        [new(CompareChartKind.Lines, A["Compare_Lines"]), new(CompareChartKind.Columns, A["Compare_Columns"])];

    private CompareSelection Draft => new([.. _indicators], [.. _cities], _regionId == 0 ? null : _regionId, Math.Min(_from, _to), Math.Max(_from, _to), _perCapita, _includeSubmitted);

    protected override async Task OnParametersSetAsync()
    {
        _actor = Actor.From((await AuthState).User);
        if (_actor is null)
        {
            return;
        }

        Options ??= await AnalyticsOptions.LoadAsync(Municipalities, Regions, Indicators, ReportingYears, A["Compare_NoRegion"]);
        var to = ToYear ?? Options.LatestYear;
        var from = FromYear ?? to - (DefaultSpan - 1);
        // An absent repeated parameter arrives as an empty array, not null.
        var firstVisit = IndicatorCodes is not { Length: > 0 } && MunicipalityIds is not { Length: > 0 } && RegionId is null;
        var shown = new CompareSelection(
            firstVisit ? [DefaultIndicator] : [.. (IndicatorCodes ?? []).Distinct()],
            [.. (MunicipalityIds ?? []).Distinct()],
            RegionId,
            from,
            to,
            PerCapita ?? false,
            IncludeSubmitted ?? false);

        _indicators = shown.Indicators;
        _cities = shown.MunicipalityIds;
        _regionId = shown.MunicipalityIds.Count > 0 ? 0 : shown.RegionId ?? 0;
        _from = shown.FromYear;
        _to = shown.ToYear;
        _perCapita = shown.PerCapita;
        _includeSubmitted = shown.IncludeSubmitted;
        _shownComplete = shown.IsComplete;
        _error = null;
        if (!shown.IsComplete)
        {
            Result = null;
            _shown = null;
            return;
        }

        var key = shown.ToQueryString();
        if (Result is null || ResultKey != key)
        {
            try
            {
                Result = await Analytics.CompareAsync(_actor, shown.ToQuery());
                ResultKey = key;
            }
            catch (DomainException e)
            {
                Result = null;
                ResultKey = null;
                _error = A["Compare_Invalid", e.Message];
            }
        }

        _shown = Result is null ? null : shown;
        _charts = Result is null ? [] : Result.Indicators.ToDictionary(t => t.Code, t => CompareChart.Of(Result.Years, t));
    }

    private void OnCitiesChanged(IReadOnlyList<int> cities)
    {
        _cities = cities;
        if (_cities.Count > 0)
        {
            _regionId = 0;
        }
    }

    private void OnRegionChanged(int regionId)
    {
        _regionId = regionId;
        if (regionId != 0)
        {
            _cities = [];
        }
    }

    private void Show() => Navigation.NavigateTo(Draft.PageUrl);

    private IndicatorKind KindOf(string code) => Options?.Catalog.FirstOrDefault(i => i.Code == code)?.Kind ?? IndicatorKind.Count;

    private string UnitOf(string code, bool perCapita)
    {
        var unit = Options?.Catalog.FirstOrDefault(i => i.Code == code)?.Unit ?? string.Empty;
        var shown = unit.Length > 0 ? IndicatorFormat.Unit(unit, L) : string.Empty;
        return perCapita ? A["Compare_UnitPerCapita", shown].Value.Trim() : shown;
    }

    private static string Format(decimal? value, IndicatorKind kind, bool perCapita) => AnalyticsFormat.Value(value, kind, perCapita);
}
