using System.Globalization;
using System.Text.RegularExpressions;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Common;
using MunicipalPress.Infrastructure.Persistence;
using MunicipalPress.Web.Components.Pages.Reports.Editing;

namespace MunicipalPress.Web.Components.Pages.Reports;

/// <summary>The report form's workflow steps, review thread, error list and the browser's copy.</summary>
public sealed partial class ReportForm
{
    private async Task SubmitAsync()
    {
        _submitWarnings = [];
        _submitErrors = ClientProblems();
        if (_submitErrors.Count > 0)
        {
            return;
        }

        _busy = true;
        try
        {
            if (!await _autosave.FlushAsync())
            {
                Feedback.Warning(T["Workflow_SaveFirst"]);
                return;
            }

            var submitted = await Workflow.SubmitAsync(_actor!, _report!.Id, _version);
            if (submitted is null)
            {
                Stop(T["Save_Gone"]);
                return;
            }

            Load(submitted);
            await _browserCopy.WriteAsync();
            Feedback.Success(T[submitted.IsLate ? "Workflow_SubmittedLate" : "Workflow_Submitted"]);

            // Figure checks never stop a submission; the open ones are listed above the form for a second look.
            _submitWarnings = submitted.Warnings ?? [];
            if (_submitWarnings.Count > 0)
            {
                Feedback.Warning(T["Check_SubmitTitle", _submitWarnings.Count]);
            }
        }
        catch (ValidationFailedException exception)
        {
            _submitErrors = Errors(exception.Errors, null);
        }
        catch (ConcurrencyConflictException)
        {
            if (await OnConflictAsync(_model!.BuildSave()) == SaveOutcome.SaveAgain)
            {
                _autosave.VersionMoved();
            }

            Feedback.Warning(T["Workflow_Changed"]);
        }
        catch (Exception exception) when (exception is DomainException or ForbiddenException)
        {
            Feedback.Error(exception.Message);
        }
        catch (Exception exception) when (DatabaseFaults.IsUnavailable(exception))
        {
            DatabaseUnavailable(exception);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ReturnAsync()
    {
        var comment = await Feedback.OpenAsync<ReturnDialog, string>(T["Return_Title"]);
        if (!string.IsNullOrWhiteSpace(comment))
        {
            await StepAsync(() => Workflow.ReturnAsync(_actor!, _report!.Id, comment, _version), T["Workflow_Returned"]);
        }
    }

    private async Task ApproveAsync()
    {
        if (await Feedback.ConfirmAsync(T["Approve_Title"], T["Approve_Message"], T["Workflow_Approve"], T["Dialog_Cancel"]))
        {
            await StepAsync(() => Workflow.ApproveAsync(_actor!, _report!.Id, _version), T["Workflow_Approved"]);
        }
    }

    private async Task ReopenAsync()
    {
        if (await Feedback.ConfirmAsync(T["Reopen_Title"], T["Reopen_Message"], T["Workflow_Reopen"], T["Dialog_Cancel"]))
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
            await _browserCopy.WriteAsync();
            Feedback.Success(done);
        }
        catch (ConcurrencyConflictException)
        {
            // Reviewers act on what they read: a newer version must be read first.
            await ReloadAsync();
            Feedback.Warning(T["Workflow_Changed"]);
        }
        catch (Exception exception) when (exception is DomainException or ForbiddenException)
        {
            Feedback.Error(exception.Message);
        }
        catch (Exception exception) when (DatabaseFaults.IsUnavailable(exception))
        {
            DatabaseUnavailable(exception);
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
            await _autosave.FlushAsync();
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
            if (ContentSignature.Of(report) == _storedSignature)
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
            Feedback.Error(exception.Message);
            return false;
        }
        catch (Exception exception) when (DatabaseFaults.IsUnavailable(exception))
        {
            DatabaseUnavailable(exception);
            return false;
        }
    }

    /// <summary>
    /// A step met a database that is away (restarting, failing over): nothing happened, the page stays as it is,
    /// and the user may try again; typed text is kept and the autosave stores it when the database is back.
    /// </summary>
    private void DatabaseUnavailable(Exception exception)
    {
        Logger.LogWarning(exception, "The database is unavailable for a step on report {ReportId}", _report?.Id);
        Feedback.Error(T["Database_Unavailable"]);
    }

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

        if (message == TextRule.Message)
        {
            return T["Error_TextRule"];
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
        if (_browserReady && _localOffer is null)
        {
            _browserCopy.WriteSoon();
        }
    }

    /// <summary>The form as it is now, for the browser's copy (which keeps typing the server has not confirmed); null while it must not be written.</summary>
    private (int ReportId, string Json)? LocalCopy() =>
        _disposed || _model is null || _report is null || _localOffer is not null || !CanWrite
            ? null
            : (_report.Id, LocalDraftMapping.ToLocalDraft(_model, _report.Id, _version, HasUnsavedChanges).ToJson());

    private async Task RestoreLocalAsync()
    {
        if (_localOffer is not { } offer)
        {
            return;
        }

        _localOffer = null;
        LocalDraftMapping.Restore(_model!, offer, _report!);
        _autosave.Decided();
        await _browserCopy.WriteAsync();
        await _autosave.SaveNowAsync();
    }

    private async Task DiscardLocalAsync()
    {
        _localOffer = null;
        await _browserCopy.ClearAsync(_report!.Id);
        await _browserCopy.WriteAsync();
    }
}
