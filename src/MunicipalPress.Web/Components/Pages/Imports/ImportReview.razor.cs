using System.Globalization;
using Microsoft.AspNetCore.Components;
using MunicipalPress.Application.Imports;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Web.Components.Ui;

namespace MunicipalPress.Web.Components.Pages.Imports;

/// <summary>
/// One parsed report beside its text: where it goes (city and year, and what the import would do there), the
/// figures to accept or reject and map, the achievements and tasks to edit. The page owns the services; this
/// component edits <see cref="Editor"/> and asks the page to re-check the target or to import.
/// </summary>
public sealed partial class ImportReview
{
    private Dictionary<int, IndicatorDto> _indicatorsById = [];

    [Parameter, EditorRequired]
    public required ImportEditor Editor { get; set; }

    /// <summary>What importing into the chosen city and year would do; null until both are chosen.</summary>
    [Parameter]
    public ImportTargetDto? Target { get; set; }

    [Parameter, EditorRequired]
    public required IReadOnlyList<MunicipalityDto> Municipalities { get; set; }

    [Parameter, EditorRequired]
    public required IReadOnlyList<IndicatorDto> Indicators { get; set; }

    /// <summary>Press officers import for their own city only.</summary>
    [Parameter]
    public bool MunicipalityFixed { get; set; }

    [Parameter]
    public bool IsAdministrator { get; set; }

    [Parameter]
    public bool Busy { get; set; }

    /// <summary>The city or the year changed: the page looks up the target again.</summary>
    [Parameter]
    public EventCallback OnTargetChanged { get; set; }

    [Parameter]
    public EventCallback OnSubmit { get; set; }

    [Parameter]
    public EventCallback OnCancel { get; set; }

    private List<UiOption<int?>> MunicipalityOptions { get; set; } = [];

    private List<UiOption<int?>> ActiveIndicators { get; set; } = [];

    private bool CanSubmit =>
        !Busy && Editor.IsReady && Target is { CanImport: true } target
        && (target.State != ImportTargetState.DraftWithContent || Editor.ReplaceExistingContent);

    protected override void OnParametersSet()
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        _indicatorsById = Indicators.ToDictionary(i => i.Id);
        MunicipalityOptions = Municipalities.Select(m => new UiOption<int?>(m.Id, m.Name)).ToList();
        ActiveIndicators = Indicators.Where(i => i.IsActive).Select(i => new UiOption<int?>(i.Id, i.NameFor(language))).ToList();
    }

    private async Task OnMunicipalityChangedAsync(int? municipalityId)
    {
        Editor.MunicipalityId = municipalityId;
        await OnTargetChanged.InvokeAsync();
    }

    private async Task OnYearChangedAsync(int? year)
    {
        Editor.Year = year;
        await OnTargetChanged.InvokeAsync();
    }

    /// <summary>What the page noticed about the parse's city and year, before any target is known.</summary>
    private IEnumerable<string> PreviewNotes()
    {
        var preview = Editor.Preview;
        if (MunicipalityFixed)
        {
            var own = Municipalities.FirstOrDefault(m => m.Id == Editor.MunicipalityId);
            if (preview.MunicipalityMatch == MunicipalityMatch.Found && preview.MunicipalityId != Editor.MunicipalityId && own is not null)
            {
                yield return L["Note_OtherCity", preview.Municipality, own.Name];
            }
        }
        else if (preview.MunicipalityMatch != MunicipalityMatch.Found && Editor.MunicipalityId is null)
        {
            yield return preview.MunicipalityMatch switch
            {
                MunicipalityMatch.NotFound => L["Note_CityNotFound", preview.Municipality],
                MunicipalityMatch.Ambiguous => L["Note_CityAmbiguous", preview.Municipality],
                _ => L["Note_CityNotNamed"],
            };
        }

        if (preview.Year is null && Editor.Year is null)
        {
            yield return L["Note_NoYear"];
        }
        else if (preview.Year is { } stated && Editor.Year is { } chosen && stated != chosen)
        {
            yield return L["Note_YearChanged", stated, chosen];
        }
    }

    private string TargetText(ImportTargetDto target)
    {
        var city = target.MunicipalityName;
        var text = target.State switch
        {
            ImportTargetState.NewDraft => L["Target_NewDraft", city, target.Year],
            ImportTargetState.EmptyDraft => L["Target_EmptyDraft", city, target.Year],
            ImportTargetState.DraftWithContent => L["Target_DraftWithContent", city, target.Year],
            ImportTargetState.Locked when target.ReportStatus == ReportStatus.Approved => L["Target_Approved", city, target.Year],
            ImportTargetState.Locked => L["Target_Submitted", city, target.Year],
            ImportTargetState.NoReportingYear when IsAdministrator => L["Target_NoYearAdmin", target.Year],
            ImportTargetState.NoReportingYear => L["Target_NoYear", target.Year],
            ImportTargetState.Archived => L["Target_Archived", city],
            _ => L["Target_Forbidden", city],
        };
        return target.YearState == ReportingYearState.Closed && target.CanImport
            ? $"{text} {L["Target_YearClosed", target.Year]}"
            : text;
    }

    private static Tone TargetTone(ImportTargetDto target) => target.State switch
    {
        ImportTargetState.NewDraft or ImportTargetState.EmptyDraft => Tone.Info,
        ImportTargetState.DraftWithContent => Tone.Warning,
        _ => Tone.Danger,
    };

    private IEnumerable<string> RowProblems(ImportFigureRow row)
    {
        if (!row.Accepted)
        {
            yield break;
        }

        if (row.IndicatorId is null)
        {
            yield return L["Figures_ChooseIndicator"];
        }
        else if (Editor.DuplicateIndicators.Contains(row.IndicatorId.Value))
        {
            yield return L["Figures_Duplicate"];
        }
        else if (row.IndicatorId == row.Figure.IndicatorId && row.Value == row.Figure.Value && row.Figure.ValueProblem is { } problem)
        {
            yield return L["Figures_ValueProblem", problem];
        }

        if (row.Error is { } error)
        {
            yield return error;
        }
    }

    private string? SubmitHint()
    {
        if (Editor.MunicipalityId is null || Editor.Year is null)
        {
            return L["Submit_HintTarget"];
        }

        return Editor.HasUnmappedAccepted || Editor.DuplicateIndicators.Count > 0 ? L["Submit_HintFigures"].Value : null;
    }
}
