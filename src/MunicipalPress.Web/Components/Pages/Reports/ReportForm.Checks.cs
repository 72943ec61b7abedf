using System.Globalization;
using Microsoft.AspNetCore.Components;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.FigureChecks;
using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Web.Components.Pages.Reports.Editing;

namespace MunicipalPress.Web.Components.Pages.Reports;

/// <summary>
/// The figure checks on the form (ADR 0015): the context is read once per report, the pure checker runs over the
/// form's content on every render, and each flag offers to take the text's figure into the table (typed like any
/// other change, so the autosave stores it) or to mark it as intended. Warnings only: nothing here blocks.
/// </summary>
public sealed partial class ReportForm
{
    private FormChecks? _checks;
    private bool _marking;

    /// <summary>The open flags the last submit answered with: the report went, these are worth a second look.</summary>
    private IReadOnlyList<FigureFlag> _submitWarnings = [];

    private bool CanMarkChecks => _report is not null
        && (FormIsEditable || (CanReview && _report.Status == ReportStatus.Submitted));

    private async Task LoadChecksAsync()
    {
        if (_report is null || _checks?.ReportId == _report.Id)
        {
            return;
        }

        try
        {
            var context = await FigureChecks.GetContextAsync(_actor!, _report.Id);
            _checks = context is null ? null : new FormChecks(context, CheckOptions);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The checks help; the form works without them.
            Logger.LogWarning(exception, "The figure checks of report {ReportId} could not be read", _report.Id);
        }
    }

    private IReadOnlyList<FigureFlag> OpenFlags(ReportFormModel model) => _checks?.Open(model) ?? [];

    private string IndicatorName(string code) =>
        _catalogue.FirstOrDefault(i => i.Code == code)?.NameFor(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? code;

    private EventCallback<FigureFlag> TakeCallback(FigureFlag flag) =>
        FormIsEditable && _model is not null && FormChecks.TakeTarget(flag, _model) is not null
            ? EventCallback.Factory.Create<FigureFlag>(this, TakeTextValueAsync)
            : default;

    private EventCallback<FigureFlag> MarkCallback(FigureFlag flag) =>
        CanMarkChecks && flag.Actions.Contains(FigureFlagActions.MarkIntended)
            ? EventCallback.Factory.Create<FigureFlag>(this, MarkIntendedAsync)
            : default;

    private Task TakeTextValueAsync(FigureFlag flag) =>
        _model is not null && FormChecks.Take(flag, _model) ? OnChangedAsync(FormChange.Typed) : Task.CompletedTask;

    /// <summary>
    /// Marks a flag as intended. The service checks the key against the stored report, so the form's changes are
    /// saved first; a figure changed meanwhile makes a new key, and the reader is told to look again.
    /// </summary>
    private async Task MarkIntendedAsync(FigureFlag flag)
    {
        if (_checks is null || _marking)
        {
            return;
        }

        _marking = true;
        try
        {
            if (HasUnsavedChanges && !await _autosave.FlushAsync())
            {
                Feedback.Warning(T["Workflow_SaveFirst"]);
                return;
            }

            var checks = await FigureChecks.AcknowledgeAsync(_actor!, _report!.Id, new AcknowledgeFlagRequest { Key = flag.Key });
            if (checks is null)
            {
                Stop(T["Save_Gone"]);
                return;
            }

            _checks.Mark(flag.Key);
            Feedback.Info(T["Check_Marked"]);
        }
        catch (ValidationFailedException)
        {
            Feedback.Warning(T["Check_Changed"]);
        }
        catch (Exception exception) when (exception is DomainException or ForbiddenException)
        {
            Feedback.Error(exception.Message);
        }
        finally
        {
            _marking = false;
        }
    }
}
