using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;

namespace MunicipalPress.Domain.Reports;

/// <summary>
/// One municipality's report for one year, the aggregate root of its content. The workflow is
/// Draft → Submitted → Approved, or Submitted → Returned → Submitted again; an administrator may reopen an
/// approved report, which makes it a draft. Content changes only while Draft or Returned.
/// </summary>
public class AnnualReport
{
    private readonly List<Achievement> _achievements = [];
    private readonly List<PlannedTask> _plannedTasks = [];
    private readonly List<IndicatorValue> _indicatorValues = [];
    private readonly List<PeerHighlight> _peerHighlights = [];
    private readonly List<ReviewComment> _reviewComments = [];
    private readonly List<AcknowledgedFlag> _acknowledgedFlags = [];

    private AnnualReport()
    {
    }

    public AnnualReport(int municipalityId, int year, DateTimeOffset createdAt)
    {
        if (year is < ReportingYear.MinYear or > ReportingYear.MaxYear)
        {
            throw new DomainException($"Year must be between {ReportingYear.MinYear} and {ReportingYear.MaxYear}.", nameof(Year));
        }

        MunicipalityId = municipalityId;
        Year = year;
        Status = ReportStatus.Draft;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int MunicipalityId { get; private set; }

    public int Year { get; private set; }

    public ReportStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Submitted after the reporting year's deadline (accepted, but marked).</summary>
    public bool IsLate { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: changes with every update, used for optimistic concurrency.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<Achievement> Achievements => _achievements;

    public IReadOnlyList<PlannedTask> PlannedTasks => _plannedTasks;

    public IReadOnlyList<IndicatorValue> IndicatorValues => _indicatorValues;

    public IReadOnlyList<PeerHighlight> PeerHighlights => _peerHighlights;

    public IReadOnlyList<ReviewComment> ReviewComments => _reviewComments;

    /// <summary>Figure checks marked as intended (see <see cref="AcknowledgeFlag"/>).</summary>
    public IReadOnlyList<AcknowledgedFlag> AcknowledgedFlags => _acknowledgedFlags;

    public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned;

    public Achievement AddAchievement(string? direction, string text)
    {
        EnsureEditable();
        var achievement = new Achievement(
            Guard.OptionalText(direction, "direction", Achievement.DirectionMaxLength),
            Guard.Text(text, "text", Achievement.TextMaxLength),
            _achievements.Count);
        _achievements.Add(achievement);
        return achievement;
    }

    public void RemoveAchievement(Achievement achievement)
    {
        EnsureEditable();
        if (_achievements.Remove(achievement))
        {
            Renumber(_achievements, (a, i) => a.Order = i);
        }
    }

    public void MoveAchievement(Achievement achievement, int newIndex)
    {
        EnsureEditable();
        Move(_achievements, achievement, newIndex);
        Renumber(_achievements, (a, i) => a.Order = i);
    }

    public PlannedTask AddPlannedTask(string text, string? direction = null)
    {
        EnsureEditable();
        var task = new PlannedTask(
            Guard.Text(text, "text", PlannedTask.TextMaxLength),
            Guard.OptionalText(direction, "direction", Achievement.DirectionMaxLength),
            _plannedTasks.Count);
        _plannedTasks.Add(task);
        return task;
    }

    public void RemovePlannedTask(PlannedTask task)
    {
        EnsureEditable();
        if (_plannedTasks.Remove(task))
        {
            Renumber(_plannedTasks, (t, i) => t.Order = i);
        }
    }

    public void MovePlannedTask(PlannedTask task, int newIndex)
    {
        EnsureEditable();
        Move(_plannedTasks, task, newIndex);
        Renumber(_plannedTasks, (t, i) => t.Order = i);
    }

    /// <summary>
    /// Records what became of a task planned in last year's report. It is written while this (next) year's
    /// report is edited, so the rule is on <paramref name="nextReport"/>: it must follow this one and be editable.
    /// </summary>
    public void RecordTaskOutcome(PlannedTask task, TaskOutcome outcome, string? comment, AnnualReport nextReport)
    {
        if (!_plannedTasks.Contains(task))
        {
            throw new DomainException("The task does not belong to this report.");
        }

        if (nextReport.MunicipalityId != MunicipalityId || nextReport.Year != Year + 1)
        {
            throw new DomainException("Outcomes are recorded in the same city's report for the following year.");
        }

        nextReport.EnsureEditable();
        task.RecordOutcome(outcome, Guard.OptionalText(comment, "outcomeComment", PlannedTask.CommentMaxLength));
    }

    /// <summary>Sets (or replaces) the value of an indicator; the value must satisfy the indicator's rules.</summary>
    public IndicatorValue SetIndicatorValue(Indicator indicator, decimal value, string? note = null)
    {
        EnsureEditable();
        if (indicator.Check(value) is { } problem)
        {
            throw new DomainException($"{indicator.NameEn}: {problem}.", indicator.Code);
        }

        var checkedNote = Guard.OptionalText(note, "note", IndicatorValue.NoteMaxLength);
        var existing = _indicatorValues.FirstOrDefault(v => v.IndicatorId == indicator.Id);
        if (existing is not null)
        {
            existing.Change(value, checkedNote);
            return existing;
        }

        var created = new IndicatorValue(indicator.Id, value, checkedNote);
        _indicatorValues.Add(created);
        return created;
    }

    public void ClearIndicatorValue(int indicatorId)
    {
        EnsureEditable();
        _indicatorValues.RemoveAll(v => v.IndicatorId == indicatorId);
    }

    public PeerHighlight AddPeerHighlight(int mentionedMunicipalityId, string text)
    {
        EnsureEditable();
        if (mentionedMunicipalityId == MunicipalityId)
        {
            throw new DomainException("A peer highlight is about another municipality.", "mentionedMunicipalityId");
        }

        var highlight = new PeerHighlight(
            mentionedMunicipalityId,
            Guard.Text(text, "text", PeerHighlight.TextMaxLength),
            _peerHighlights.Count);
        _peerHighlights.Add(highlight);
        return highlight;
    }

    public void RemovePeerHighlight(PeerHighlight highlight)
    {
        EnsureEditable();
        if (_peerHighlights.Remove(highlight))
        {
            Renumber(_peerHighlights, (h, i) => h.Order = i);
        }
    }

    /// <summary>
    /// Replaces the editable content in one step (a form's autosave, an API PUT). Every entry is checked first
    /// and all problems are reported together, keyed by field path (<c>achievements[2].text</c>); nothing
    /// changes unless everything is valid.
    /// </summary>
    public void ReplaceContent(ReportContent content, IReadOnlyDictionary<int, Indicator> catalogue)
    {
        EnsureEditable();
        var errors = new Dictionary<string, List<string>>();
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        string? Text(string? value, string field, int maxLength, bool required)
        {
            if (!TextRule.IsAcceptable(value))
            {
                Fail(field, TextRule.Message);
                return null;
            }

            var trimmed = value?.Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                if (required)
                {
                    Fail(field, "Must not be empty.");
                }

                return null;
            }

            if (trimmed.Length > maxLength)
            {
                Fail(field, $"Must be at most {maxLength} characters.");
            }

            return trimmed;
        }

        var achievements = content.Achievements.Select((a, i) => (
            a.Id,
            Direction: Text(a.Direction, $"achievements[{i}].direction", Achievement.DirectionMaxLength, required: false),
            Text: Text(a.Text, $"achievements[{i}].text", Achievement.TextMaxLength, required: true))).ToList();
        var tasks = content.PlannedTasks.Select((t, i) => (
            t.Id,
            Text: Text(t.Text, $"plannedTasks[{i}].text", PlannedTask.TextMaxLength, required: true),
            Direction: Text(t.Direction, $"plannedTasks[{i}].direction", Achievement.DirectionMaxLength, required: false))).ToList();
        var highlights = content.PeerHighlights.Select((h, i) =>
        {
            if (h.MentionedMunicipalityId == MunicipalityId)
            {
                Fail($"peerHighlights[{i}].mentionedMunicipalityId", "A peer highlight is about another municipality.");
            }

            return (h.Id, h.MentionedMunicipalityId, Text: Text(h.Text, $"peerHighlights[{i}].text", PeerHighlight.TextMaxLength, required: true));
        }).ToList();

        var seenIndicators = new HashSet<int>();
        var values = new List<(Indicator Indicator, decimal Value, string? Note)>();
        for (var i = 0; i < content.IndicatorValues.Count; i++)
        {
            var draft = content.IndicatorValues[i];
            var note = Text(draft.Note, $"indicatorValues[{i}].note", IndicatorValue.NoteMaxLength, required: false);
            if (!catalogue.TryGetValue(draft.IndicatorId, out var indicator))
            {
                Fail($"indicatorValues[{i}].indicatorId", $"Unknown indicator {draft.IndicatorId}.");
                continue;
            }

            // A draft indicator is not on any form yet: a value for it is as unknown as a value for no indicator at all.
            if (!indicator.IsPublished)
            {
                Fail($"indicatorValues[{i}].indicatorId", $"{indicator.NameEn}: not published to the forms yet.");
                continue;
            }

            if (!seenIndicators.Add(draft.IndicatorId))
            {
                Fail($"indicatorValues[{i}].indicatorId", $"{indicator.NameEn}: given more than once.");
                continue;
            }

            if (indicator.Check(draft.Value) is { } problem)
            {
                Fail($"indicatorValues[{i}].value", $"{indicator.NameEn}: {problem}.");
                continue;
            }

            values.Add((indicator, draft.Value, note));
        }

        CheckIds(content.Achievements.Select(a => a.Id), _achievements.Select(a => a.Id), "achievements", Fail);
        CheckIds(content.PlannedTasks.Select(t => t.Id), _plannedTasks.Select(t => t.Id), "plannedTasks", Fail);
        CheckIds(content.PeerHighlights.Select(h => h.Id), _peerHighlights.Select(h => h.Id), "peerHighlights", Fail);

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        Sync(
            _achievements,
            achievements,
            a => a.Id,
            d => d.Id,
            (d, order) => new Achievement(d.Direction, d.Text!, order),
            (entity, d) => entity.Change(d.Direction, d.Text!),
            (entity, order) => entity.Order = order);
        Sync(
            _plannedTasks,
            tasks,
            t => t.Id,
            d => d.Id,
            (d, order) => new PlannedTask(d.Text!, d.Direction, order),
            (entity, d) => entity.Change(d.Text!, d.Direction),
            (entity, order) => entity.Order = order);
        Sync(
            _peerHighlights,
            highlights,
            h => h.Id,
            d => d.Id,
            (d, order) => new PeerHighlight(d.MentionedMunicipalityId, d.Text!, order),
            (entity, d) => entity.Change(d.MentionedMunicipalityId, d.Text!),
            (entity, order) => entity.Order = order);

        _indicatorValues.RemoveAll(v => values.All(n => n.Indicator.Id != v.IndicatorId));
        foreach (var (indicator, value, note) in values)
        {
            var existing = _indicatorValues.FirstOrDefault(v => v.IndicatorId == indicator.Id);
            if (existing is null)
            {
                _indicatorValues.Add(new IndicatorValue(indicator.Id, value, note));
            }
            else if (existing.Value != value || existing.Note != note)
            {
                existing.Change(value, note);
            }
        }
    }

    /// <summary>Review comments may be written in any state: the thread outlives the workflow.</summary>
    public ReviewComment AddComment(Reviewer author, string text, DateTimeOffset now)
    {
        var comment = new ReviewComment(
            Guard.Text(author.Id, "authorId", ReviewComment.AuthorMaxLength),
            Guard.Text(author.Name, "authorName", ReviewComment.AuthorMaxLength),
            Guard.Text(text, "comment", ReviewComment.TextMaxLength),
            now);
        _reviewComments.Add(comment);
        return comment;
    }

    /// <summary>
    /// Everything that stops submission, as (field, message) pairs: no achievement, a required indicator
    /// without a value, a value outside its indicator's rules.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> FindSubmissionProblems(IReadOnlyCollection<Indicator> catalogue)
    {
        var problems = new List<(string, string)>();
        if (_achievements.Count == 0)
        {
            problems.Add(("achievements", "At least one achievement is required."));
        }

        var byId = catalogue.ToDictionary(i => i.Id);
        foreach (var value in _indicatorValues)
        {
            if (byId.TryGetValue(value.IndicatorId, out var indicator) && indicator.Check(value.Value) is { } problem)
            {
                problems.Add((indicator.Code, $"{indicator.NameEn}: {problem}."));
            }
        }

        foreach (var required in catalogue.Where(i => i.IsRequired && i.IsOnForms))
        {
            if (_indicatorValues.All(v => v.IndicatorId != required.Id))
            {
                problems.Add((required.Code, $"{required.NameEn}: a value is required."));
            }
        }

        return problems;
    }

    public void Submit(ReportingYear campaign, IReadOnlyCollection<Indicator> catalogue, DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new DomainException($"A report in status {Status} cannot be submitted.");
        }

        if (campaign.Year != Year)
        {
            throw new DomainException("The reporting year does not match the report.");
        }

        if (campaign.State != ReportingYearState.Open)
        {
            throw new DomainException($"Reporting year {Year} is not open for submissions.");
        }

        var problems = FindSubmissionProblems(catalogue);
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems.Select(p => p.Message)), problems[0].Field);
        }

        Status = ReportStatus.Submitted;
        SubmittedAt = now;
        IsLate = campaign.IsLate(DateOnly.FromDateTime(now.UtcDateTime));
        UpdatedAt = now;
    }

    public void Return(Reviewer reviewer, string comment, DateTimeOffset now)
    {
        if (Status != ReportStatus.Submitted)
        {
            throw new DomainException($"Only a submitted report can be returned; this one is {Status}.");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Say what has to change: a comment is required to return a report.", "comment");
        }

        AddComment(reviewer, comment, now);
        Status = ReportStatus.Returned;
        UpdatedAt = now;
    }

    public void Approve(DateTimeOffset now)
    {
        if (Status != ReportStatus.Submitted)
        {
            throw new DomainException($"Only a submitted report can be approved; this one is {Status}.");
        }

        Status = ReportStatus.Approved;
        ApprovedAt = now;
        UpdatedAt = now;
    }

    public void Reopen(DateTimeOffset now)
    {
        if (Status != ReportStatus.Approved)
        {
            throw new DomainException($"Only an approved report can be reopened; this one is {Status}.");
        }

        Status = ReportStatus.Draft;
        ApprovedAt = null;
        UpdatedAt = now;
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    /// <summary>
    /// Marks a figure check as intended («the text says 2 982 on purpose»). Allowed while the city edits the report
    /// and while it waits for review (an analyst who settled a figure with the city clears it); an approved report
    /// is closed. Marking the same flag twice keeps the first mark.
    /// </summary>
    public AcknowledgedFlag AcknowledgeFlag(string key, Reviewer by, DateTimeOffset now)
    {
        if (Status == ReportStatus.Approved)
        {
            throw new DomainException("Checks of an approved report cannot be marked.");
        }

        var checkedKey = Guard.Text(key, "key", AcknowledgedFlag.KeyMaxLength);
        if (_acknowledgedFlags.FirstOrDefault(f => f.Key == checkedKey) is { } existing)
        {
            return existing;
        }

        var flag = new AcknowledgedFlag(
            checkedKey,
            new Reviewer(Guard.Text(by.Id, "authorId", ReviewComment.AuthorMaxLength), Guard.Text(by.Name, "authorName", ReviewComment.AuthorMaxLength)),
            now);
        _acknowledgedFlags.Add(flag);
        return flag;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"A report in status {Status} cannot be changed.");
        }
    }

    private static void CheckIds(
        IEnumerable<int?> given,
        IEnumerable<int> existing,
        string field,
        Action<string, string> fail)
    {
        var known = existing.ToHashSet();
        var seen = new HashSet<int>();
        var index = 0;
        foreach (var id in given)
        {
            if (id is { } value && (!known.Contains(value) || !seen.Add(value)))
            {
                fail($"{field}[{index}].id", $"Entry {value} is not part of this report (or is listed twice).");
            }

            index++;
        }
    }

    private static void Sync<TEntity, TDraft>(
        List<TEntity> entities,
        IReadOnlyList<TDraft> drafts,
        Func<TEntity, int> entityId,
        Func<TDraft, int?> draftId,
        Func<TDraft, int, TEntity> create,
        Action<TEntity, TDraft> change,
        Action<TEntity, int> setOrder)
    {
        var byId = entities.Where(e => entityId(e) != 0).ToDictionary(entityId);
        var result = new List<TEntity>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draftId(draft) is { } id && byId.TryGetValue(id, out var entity))
            {
                change(entity, draft);
                setOrder(entity, i);
                result.Add(entity);
            }
            else
            {
                result.Add(create(draft, i));
            }
        }

        entities.Clear();
        entities.AddRange(result);
    }

    private static void Move<T>(List<T> items, T item, int newIndex)
    {
        if (!items.Remove(item))
        {
            throw new DomainException("The entry does not belong to this report.");
        }

        items.Insert(Math.Clamp(newIndex, 0, items.Count), item);
    }

    private static void Renumber<T>(List<T> items, Action<T, int> setOrder)
    {
        for (var i = 0; i < items.Count; i++)
        {
            setOrder(items[i], i);
        }
    }
}
