using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Security;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>
/// Two to four reports in columns, section by section: achievements lined up by direction, the tasks, the
/// indicators, the colleagues' practices; the figures in the texts are highlighted.
/// </summary>
public partial class Narratives
{
    private bool _acrossYears;
    private IReadOnlyList<int> _cities = [];
    private int _year;
    private int _city;
    private IReadOnlyList<int> _years = [];
    private bool _shownComplete;
    private List<string> _directions = [];
    private List<IndicatorDto> _indicatorRows = [];

    [SupplyParameterFromQuery(Name = "mode")]
    public string? Mode { get; set; }

    [SupplyParameterFromQuery(Name = "municipalityId")]
    public int[]? MunicipalityIds { get; set; }

    [SupplyParameterFromQuery(Name = "year")]
    public int[]? YearValues { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthState { get; set; } = default!;

    // Not [PersistentState]: prerendered state travels back in the circuit's first SignalR message (32 KB at most),
    // and these results grow with the selection, so the interactive render loads them again.
    private AnalyticsOptions? Options { get; set; }

    private List<NarrativeColumn>? Columns { get; set; }

    private string? ColumnsKey { get; set; }

    private IReadOnlyList<UiOption<bool>> ModeOptions =>
        [new(false, A["Narratives_ModeCities"]), new(true, A["Narratives_ModeYears"])];

    private NarrativeSelection Draft => _acrossYears
        ? new NarrativeSelection(true, _city == 0 ? [] : [_city], [.. _years])
        : new NarrativeSelection(false, [.. _cities], [_year]);

    protected override async Task OnParametersSetAsync()
    {
        var actor = Actor.From((await AuthState).User);
        if (actor is null)
        {
            return;
        }

        Options ??= await AnalyticsOptions.LoadAsync(Municipalities, Regions, Indicators, ReportingYears, A["Compare_NoRegion"]);
        var shown = new NarrativeSelection(
            Mode == NarrativeSelection.YearsMode,
            [.. (MunicipalityIds ?? []).Distinct()],
            YearValues is { Length: > 0 } years ? [.. years.Distinct()] : DefaultYears(Mode == NarrativeSelection.YearsMode, Options));
        _acrossYears = shown.AcrossYears;
        if (shown.AcrossYears)
        {
            _city = shown.MunicipalityIds.FirstOrDefault();
            _years = shown.Years;
            _cities = shown.MunicipalityIds.Take(1).ToList();
            _year = shown.Years.Max();
        }
        else
        {
            _cities = shown.MunicipalityIds;
            _year = shown.Years[0];
            _city = shown.MunicipalityIds.FirstOrDefault();
            _years = [_year];
        }

        _shownComplete = shown.IsComplete;
        if (!shown.IsComplete)
        {
            Columns = null;
            ColumnsKey = null;
        }
        else if (Columns is null || ColumnsKey != shown.PageUrl)
        {
            var names = Options.Municipalities.ToDictionary(m => m.Id, m => m.Name);
            var columns = new List<NarrativeColumn>();
            foreach (var (municipalityId, year) in shown.Columns)
            {
                var report = await Reports.GetByMunicipalityAndYearAsync(actor, municipalityId, year);
                columns.Add(new NarrativeColumn(municipalityId, report?.MunicipalityName ?? names.GetValueOrDefault(municipalityId, "?"), year, report));
            }

            Columns = columns;
            ColumnsKey = shown.PageUrl;
        }

        Arrange();
    }

    /// <summary>Directions in the order they first appear (left to right); indicators in catalogue order.</summary>
    private void Arrange()
    {
        var reports = (Columns ?? []).Select(c => c.Report).OfType<Application.Reports.ReportDto>().ToList();
        _directions = reports
            .SelectMany(r => r.Achievements.OrderBy(a => a.Order).Select(a => a.Direction ?? string.Empty))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var reported = reports.SelectMany(r => r.IndicatorValues.Select(v => v.IndicatorId)).ToHashSet();
        _indicatorRows = (Options?.Catalog ?? []).Where(i => reported.Contains(i.Id)).OrderBy(i => i.SortOrder).ToList();
    }

    /// <summary>One city across years starts with its last three closed years; cities side by side with the last closed year.</summary>
    private static List<int> DefaultYears(bool acrossYears, AnalyticsOptions options) =>
        acrossYears
            ? [.. options.Years.Where(y => y <= options.LastClosedYear).TakeLast(3)]
            : [options.LastClosedYear];

    private void Show() => Navigation.NavigateTo(Draft.PageUrl);

    private string ColumnLabel(NarrativeColumn column) =>
        _acrossYears ? column.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : column.MunicipalityName;
}
