using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Reports.Changes;
using MunicipalPress.Domain.Reports;
using MunicipalPress.Web.Components.Pages.Reports.Editing;

namespace MunicipalPress.Web.Components.Pages.Reports;

/// <summary>
/// The report form following other people's changes while it is open (see <see cref="IReportChangeNotifier"/>):
/// new review comments and status changes show at once, a colleague's content is taken in when nothing here is
/// unsaved, and otherwise a banner says that a newer version exists before the save meets it as a conflict.
/// Changes made by this user (this page's own saves, or their other tabs, which meet the conflict as before)
/// and versions the form already has are ignored.
/// </summary>
public sealed partial class ReportForm
{
    private readonly List<ReportChange> _unseenChanges = [];
    private IDisposable? _following;
    private int? _followedReportId;
    private Task? _catchingUp;

    /// <summary>Who saved a newer version while this form holds unsaved changes (the banner), until the conflict or a reload.</summary>
    private string? _newerBy;

    /// <summary>The last quiet note about a change taken into the form; replaced by the next one, hidden by the user.</summary>
    private string? _liveNote;

    private void Follow(int reportId)
    {
        if (_followedReportId == reportId)
        {
            return;
        }

        Unfollow();
        _followedReportId = reportId;
        _following = ChangeNotifier.Subscribe(reportId, OnReportChanged);
    }

    private void Unfollow()
    {
        _following?.Dispose();
        _following = null;
        _followedReportId = null;
        _unseenChanges.Clear();
        _liveNote = null;
        _newerBy = null;
    }

    /// <summary>Runs on the publisher's thread: filters out this user's own changes and hands the rest to the renderer.</summary>
    private void OnReportChanged(ReportChange change)
    {
        if (_disposed || change.ActorUserId == _actor?.UserId)
        {
            return;
        }

        _ = InvokeAsync(() => OnOthersChangeAsync(change));
    }

    private async Task OnOthersChangeAsync(ReportChange change)
    {
        if (_disposed || _report?.Id != change.ReportId || change.Version == _version)
        {
            return;
        }

        _unseenChanges.Add(change);
        if (_catchingUp is { IsCompleted: false })
        {
            return;
        }

        _catchingUp = CatchUpAsync();
        await _catchingUp;
    }

    /// <summary>Reads the report once per burst of changes (one at a time), after any save of this form has finished.</summary>
    private async Task CatchUpAsync()
    {
        try
        {
            while (_unseenChanges.Count > 0 && !_disposed && _report is not null)
            {
                if (_autosave.RunningSave is { } saving)
                {
                    await saving;
                    continue;
                }

                var changes = _unseenChanges.ToList();
                _unseenChanges.Clear();
                var editsBefore = _autosave.Changes;
                var fresh = await Reports.GetAsync(_actor!, _report.Id);
                if (!_disposed && _report is not null && fresh?.Version != _version)
                {
                    await TakeInAsync(fresh, changes, quiet: editsBefore == _autosave.Changes && _autosave.RunningSave is null);
                    Render();
                }
            }
        }
        catch (Exception exception) when (!_disposed && exception is not OperationCanceledException)
        {
            // The next change, a save or a reload brings the form up to date; nothing typed is at stake here.
            Logger.LogWarning(exception, "Following the changes of report {ReportId} failed", _report?.Id);
        }
    }

    private async Task TakeInAsync(ReportDto? fresh, IReadOnlyList<ReportChange> changes, bool quiet)
    {
        if (fresh is null)
        {
            Stop(T["Save_Gone"]);
            return;
        }

        var shown = _report!;
        var statusChanged = fresh.Status != shown.Status;
        var contentChanged = ContentSignature.Of(fresh) != _storedSignature;
        var newComment = fresh.ReviewComments.Any(c => shown.ReviewComments.All(s => s.Id != c.Id));
        var editedBy = changes.LastOrDefault(c => c.Kind is ReportChangeKind.Saved or ReportChangeKind.Created)?.ActorName
            ?? changes[^1].ActorName;
        if (string.IsNullOrEmpty(editedBy))
        {
            // A change missed while this instance was not listening: who made it is not known here.
            editedBy = T["Live_SomeoneElse"];
        }

        if (!statusChanged && !contentChanged)
        {
            // Only the thread moved: the content is the one this form stored, so its version is ours to take.
            _report = fresh;
            _version = fresh.Version;
            _historyRefresh++;
        }
        else if (quiet && !HasUnsavedChanges && _localOffer is null && _conflict is null && _stopMessage is null)
        {
            Load(fresh);
            await _browserCopy.WriteAsync();
            if (contentChanged && !statusChanged)
            {
                _liveNote = T["Live_Updated", editedBy, FormatClock(fresh.UpdatedAt)];
            }
        }
        else if (_conflict is not null)
        {
            ShowConflict(fresh, _model!.BuildSave());
        }
        else if (fresh.Status is not (ReportStatus.Draft or ReportStatus.Returned))
        {
            // The same outcome the next save would meet, only sooner; the typing stays in this browser's copy.
            Stop(T["Save_NoLongerEditable"]);
        }
        else
        {
            _newerBy = editedBy;
        }

        if (statusChanged && changes.LastOrDefault(c => c.Kind is ReportChangeKind.Submitted or ReportChangeKind.Returned
                or ReportChangeKind.Approved or ReportChangeKind.Reopened) is { } step)
        {
            Feedback.Info(T[$"Live_{step.Kind}", step.ActorName]);
        }
        else if (newComment && changes.LastOrDefault(c => c.Kind == ReportChangeKind.Commented) is { } comment)
        {
            Feedback.Info(T["Live_Comment", comment.ActorName]);
        }
    }

    private void HideLiveNote() => _liveNote = null;
}
