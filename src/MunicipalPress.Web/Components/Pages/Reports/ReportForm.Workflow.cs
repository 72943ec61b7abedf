using System.Globalization;
using System.Text.RegularExpressions;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Common;
using Microsoft.JSInterop;
using MunicipalPress.Web.Components.Pages.Reports.Editing;
using Radzen;

namespace MunicipalPress.Web.Components.Pages.Reports;

/// <summary>The report form's workflow steps, review thread, error list and the browser's copy.</summary>
public sealed partial class ReportForm
{
    private async Task SubmitAsync()
    {
        _submitErrors = ClientProblems();
        if (_submitErrors.Count > 0)
        {
            return;
        }

        _busy = true;
        try
        {
            if (!await FlushAsync())
            {
                Notify(NotificationSeverity.Warning, T["Workflow_SaveFirst"]);
                return;
            }

            var submitted = await Workflow.SubmitAsync(_actor!, _report!.Id, _version);
            if (submitted is null)
            {
                Stop(T["Save_Gone"]);
                return;
            }

            Load(submitted);
            await WriteLocalCopyAsync();
            Notify(NotificationSeverity.Success, T[submitted.IsLate ? "Workflow_SubmittedLate" : "Workflow_Submitted"]);
        }
        catch (ValidationFailedException exception)
        {
            _submitErrors = Errors(exception.Errors, null);
        }
        catch (ConcurrencyConflictException)
        {
            await OnConflictAsync(_model!.BuildSave());
            Notify(NotificationSeverity.Warning, T["Workflow_Changed"]);
        }
        catch (Exception exception) when (exception is DomainException or ForbiddenException)
        {
            Notify(NotificationSeverity.Error, exception.Message);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ReturnAsync()
    {
        var comment = await Dialogs.OpenAsync<ReturnDialog>(
            T["Return_Title"], options: new DialogOptions { Width = "560px", CloseDialogOnEsc = true }) as string;
        if (!string.IsNullOrWhiteSpace(comment))
        {
            await StepAsync(() => Workflow.ReturnAsync(_actor!, _report!.Id, comment, _version), T["Workflow_Returned"]);
        }
    }

    private async Task ApproveAsync()
    {
        if (await Confirm(T["Approve_Message"], T["Approve_Title"], T["Workflow_Approve"]))
        {
            await StepAsync(() => Workflow.ApproveAsync(_actor!, _report!.Id, _version), T["Workflow_Approved"]);
        }
    }

    private async Task ReopenAsync()
    {
        if (await Confirm(T["Reopen_Message"], T["Reopen_Title"], T["Workflow_Reopen"]))
        {
            await StepAsync(() => Workflow.ReopenAsync(_actor!, _report!.Id, _version), T["Workflow_Reopened"]);
        }
    }

    private async Task StepAsync(Func<Task<ReportDto?>> step, string done)
    {
        _busy = true;
        try
        {
            var report = await step();
            if (report is null)
            {
                Stop(T["Save_Gone"]);
                return;
            }

            Load(report);
            await WriteLocalCopyAsync();
            Notify(NotificationSeverity.Success, done);
        }
        catch (ConcurrencyConflictException)
        {
            // Reviewers act on what they read: a newer version must be read first.
            await ReloadAsync();
            Notify(NotificationSeverity.Warning, T["Workflow_Changed"]);
        }
        catch (Exception exception) when (exception is DomainException or ForbiddenException)
        {
            Notify(NotificationSeverity.Error, exception.Message);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<bool> AddCommentAsync(string text)
    {
        if (HasUnsavedChanges)
        {
            await FlushAsync();
        }

        try
        {
            var report = await Workflow.CommentAsync(_actor!, _report!.Id, text);
            if (report is null)
            {
                return false;
            }

            // A comment moves the version. When the content is what this page last stored, the new version is
            // ours to take; otherwise someone else changed it too, and the next save shows the conflict.
            if (ReportFormModel.Signature(report) == _storedSignature)
            {
                _version = report.Version;
            }

            _report = report;
            _historyRefresh++;

            // Called by the review section, not through an event callback: the page renders itself.
            StateHasChanged();
            return true;
        }
        catch (Exception exception) when (exception is DomainException or ForbiddenException)
        {
            Notify(NotificationSeverity.Error, exception.Message);
            return false;
        }
    }

    private async Task<bool> Confirm(string message, string title, string ok) =>
        await Dialogs.Confirm(message, title, new ConfirmOptions { OkButtonText = ok, CancelButtonText = T["Dialog_Cancel"] }) == true;

    /// <summary>What the form knows stops a submission before asking the server: values that break their rules, half-written entries.</summary>
    private List<FieldError> ClientProblems()
    {
        var problems = new List<FieldError>();
        var model = _model!;
        foreach (var entry in model.Indicators)
        {
            entry.Evaluate(model.Culture, out var problem);
            if (problem is not null)
            {
                var id = FieldKeys.ElementId(FieldKeys.IndicatorValue(entry.Indicator.Id));
                problems.Add(new FieldError(
                    new FieldTarget(ReportTab.Indicators, id, Name: entry.Indicator.Code), entry.Indicator.Code,
                    IndicatorProblemText.Describe(problem, entry.Indicator, T)));
            }
        }

        for (var i = 0; i < model.Achievements.Count; i++)
        {
            var entry = model.Achievements[i];
            if (!entry.IsSendable && !string.IsNullOrWhiteSpace(entry.Direction))
            {
                problems.Add(new FieldError(
                    new FieldTarget(ReportTab.Achievements, FieldKeys.ElementId(FieldKeys.AchievementText(entry.Key)), i + 1),
                    $"achievements[{i}].text", T["Error_Required"]));
            }
        }

        for (var i = 0; i < model.PeerHighlights.Count; i++)
        {
            var entry = model.PeerHighlights[i];
            if (!entry.IsSendable && (entry.MunicipalityId is not null || !string.IsNullOrWhiteSpace(entry.Text)))
            {
                var field = entry.MunicipalityId is null
                    ? FieldKeys.ElementId(FieldKeys.PeerHighlightCity(entry.Key))
                    : FieldKeys.ElementId(FieldKeys.PeerHighlightText(entry.Key));
                problems.Add(new FieldError(new FieldTarget(ReportTab.PeerHighlights, field, i + 1), $"peerHighlights[{i}]", T["Peer_NotSavedUntilBoth"]));
            }
        }

        return problems;
    }

    private List<FieldError> Errors(IReadOnlyDictionary<string, string[]> errors, SaveBatch? batch) =>
        errors
            .SelectMany(e => e.Value.Select(message => new FieldError(FieldLocator.Locate(e.Key, _model!, batch), e.Key, Localize(e.Key, message))))
            .ToList();

    /// <summary>The services' messages are English and stable; the ones a user meets here are said in the UI language.</summary>
    private string Localize(string path, string message)
    {
        if (path == "achievements")
        {
            return T["Error_NoAchievements"];
        }

        if (message == "Must not be empty.")
        {
            return T["Error_Required"];
        }

        if (Regex.Match(message, @"^Must be at most (\d+) characters\.$") is { Success: true } tooLong)
        {
            return T["Error_TooLong", int.Parse(tooLong.Groups[1].Value, CultureInfo.InvariantCulture)];
        }

        if (message == "A peer highlight is about another municipality.")
        {
            return T["Error_PeerSelf"];
        }

        var indicator = _model!.Indicators.FirstOrDefault(i => i.Indicator.Code == path);
        if (indicator is not null)
        {
            if (message.EndsWith("a value is required.", StringComparison.Ordinal))
            {
                return T["Error_ValueRequired"];
            }

            indicator.Evaluate(_model.Culture, out var problem);
            if (problem is null && indicator.SavedValue is { } saved)
            {
                problem = IndicatorInput.Check(indicator.Indicator, saved);
            }

            if (problem is not null)
            {
                return IndicatorProblemText.Describe(problem, indicator.Indicator, T);
            }
        }

        return message;
    }

    private void ScheduleLocalCopy()
    {
        if (_module is null || !_browserReady || _localOffer is not null || _localWriteScheduled)
        {
            return;
        }

        _localWriteScheduled = true;
        _ = WriteLocalCopySoonAsync();
    }

    private async Task WriteLocalCopySoonAsync()
    {
        await Task.Delay(LocalCopyPause, Clock);
        _localWriteScheduled = false;
        if (!_disposed)
        {
            await WriteLocalCopyAsync();
        }
    }

    /// <summary>The form as it is now into the browser's copy (which keeps typing the server has not confirmed).</summary>
    private async Task WriteLocalCopyAsync()
    {
        if (_module is null || _model is null || _report is null || _localOffer is not null || !CanWrite)
        {
            return;
        }

        if (_localWriteRunning)
        {
            ScheduleLocalCopy();
            return;
        }

        _localWriteRunning = true;
        try
        {
            var json = _model.ToLocalDraft(_report.Id, _version, HasUnsavedChanges).ToJson();
            await SafeJsAsync((m, t) => m.InvokeVoidAsync("write", t, _report.Id, json));
        }
        finally
        {
            _localWriteRunning = false;
        }
    }

    private async Task RestoreLocalAsync()
    {
        if (_localOffer is not { } offer)
        {
            return;
        }

        _localOffer = null;
        _model!.Restore(offer, _report!);
        _changes++;
        _saveState = SaveState.Pending;
        await WriteLocalCopyAsync();
        await SaveNowAsync();
    }

    private async Task DiscardLocalAsync()
    {
        _localOffer = null;
        await SafeJsAsync((m, t) => m.InvokeVoidAsync("clear", t, _report!.Id));
        await WriteLocalCopyAsync();
    }
}
