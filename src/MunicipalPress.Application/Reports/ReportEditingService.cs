using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Reports.Changes;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

/// <summary>
/// Creating a report's draft and saving its content, with optimistic concurrency on xmin. Every committed change
/// is published through <see cref="IReportChangeNotifier"/>, so forms that have the report open follow it.
/// </summary>
public sealed class ReportEditingService(IMunicipalPressDbFactory dbFactory, TimeProvider clock, IReportChangeNotifier changes)
{
    /// <summary>Creates the draft for a municipality and year; null when the municipality or year does not exist.</summary>
    public async Task<ReportDto?> CreateDraftAsync(
        Actor actor,
        int municipalityId,
        int year,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == municipalityId, cancellationToken);
        var campaign = await db.ReportingYears.SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (municipality is null || campaign is null)
        {
            return null;
        }

        if (!ReportAccess.CanWrite(actor, municipalityId))
        {
            throw new ForbiddenException("Only the city's own press officers (or an administrator) can start its report.");
        }

        if (municipality.IsArchived)
        {
            throw new DomainException($"{municipality.Name} is archived: no new reports.");
        }

        if (campaign.State == ReportingYearState.Closed && !actor.IsAdministrator)
        {
            throw new DomainException($"Reporting year {year} is closed.");
        }

        if (await db.AnnualReports.AnyAsync(r => r.MunicipalityId == municipalityId && r.Year == year, cancellationToken))
        {
            throw new DomainException($"{municipality.Name} already has a report for {year}.");
        }

        var now = clock.GetUtcNow();
        var report = new AnnualReport(municipalityId, year, now);
        db.AnnualReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        await ReportAudit.RecordAsync(db, actor, report, ReportActions.Create, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        changes.Changed(report.Id, report.Version, ReportChangeKind.Created, actor);
        return await ReportService.LoadAsync(db, actor, db.AnnualReports.Where(r => r.Id == report.Id), cancellationToken);
    }

    /// <summary>
    /// Replaces the content of a draft (or returned) report. <paramref name="expectedVersion"/> is the version the
    /// caller edited; when the stored report has moved on, nothing is saved and <see cref="ConcurrencyConflictException"/>
    /// says so. Returns null when the report does not exist for this actor.
    /// </summary>
    public async Task<ReportDto?> SaveAsync(
        Actor actor,
        int reportId,
        uint expectedVersion,
        SaveReportRequest request,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var report = await LoadTrackedAsync(db, actor, reportId, cancellationToken);
        if (report is null)
        {
            return null;
        }

        if (!ReportAccess.CanWrite(actor, report.MunicipalityId))
        {
            throw new ForbiddenException("Only the city's own press officers (or an administrator) can edit its report.");
        }

        if (report.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(report.Version);
        }

        RequestValidator.Validate(request);
        await CheckMentionedMunicipalitiesAsync(db, request.PeerHighlights ?? [], cancellationToken);
        var content = ToContent(request);
        var catalogue = await db.Indicators.ToDictionaryAsync(i => i.Id, cancellationToken);
        report.ReplaceContent(content, catalogue);
        await RecordOutcomesAsync(db, report, request.PreviousTaskOutcomes ?? [], cancellationToken);

        var now = clock.GetUtcNow();
        // Touching the row makes every save an UPDATE of annual_reports, so xmin guards child-only changes too.
        report.Touch(now);
        db.Entry(report).Property(r => r.Version).OriginalValue = expectedVersion;
        await ReportAudit.RecordAsync(db, actor, report, ReportActions.Save, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbFactory.CreateAsync(cancellationToken);
            var current = await fresh.AnnualReports.Where(r => r.Id == reportId).Select(r => r.Version).SingleAsync(cancellationToken);
            throw new ConcurrencyConflictException(current);
        }

        changes.Changed(reportId, report.Version, ReportChangeKind.Saved, actor);
        return await ReportService.LoadAsync(db, actor, db.AnnualReports.Where(r => r.Id == reportId), cancellationToken);
    }

    internal static async Task<AnnualReport?> LoadTrackedAsync(
        IMunicipalPressDb db,
        Actor actor,
        int reportId,
        CancellationToken cancellationToken) =>
        await db.AnnualReports
            .Where(r => r.Id == reportId)
            .Where(ReportAccess.ReadableBy(actor))
            .Include(r => r.Achievements)
            .Include(r => r.PlannedTasks)
            .Include(r => r.IndicatorValues)
            .Include(r => r.PeerHighlights)
            .Include(r => r.ReviewComments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>A peer highlight names a municipality that exists (the database would refuse it later, as a 500).</summary>
    private static async Task CheckMentionedMunicipalitiesAsync(
        IMunicipalPressDb db,
        IReadOnlyList<PeerHighlightInput> highlights,
        CancellationToken cancellationToken)
    {
        var mentioned = highlights.Select(h => h.MentionedMunicipalityId).Distinct().ToList();
        if (mentioned.Count == 0)
        {
            return;
        }

        var known = await db.Municipalities.Where(m => mentioned.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken);
        var errors = highlights
            .Select((h, i) => (Index: i, h.MentionedMunicipalityId))
            .Where(h => !known.Contains(h.MentionedMunicipalityId))
            .ToDictionary(h => $"peerHighlights[{h.Index}].mentionedMunicipalityId", h => new[] { $"Unknown municipality {h.MentionedMunicipalityId}." });
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    private static async Task RecordOutcomesAsync(
        IMunicipalPressDb db,
        AnnualReport report,
        IReadOnlyList<TaskOutcomeInput> outcomes,
        CancellationToken cancellationToken)
    {
        if (outcomes.Count == 0)
        {
            return;
        }

        var previous = await db.AnnualReports
            .Include(r => r.PlannedTasks)
            .SingleOrDefaultAsync(r => r.MunicipalityId == report.MunicipalityId && r.Year == report.Year - 1, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < outcomes.Count; i++)
        {
            var task = previous?.PlannedTasks.FirstOrDefault(t => t.Id == outcomes[i].TaskId);
            if (previous is null || task is null)
            {
                errors[$"previousTaskOutcomes[{i}].taskId"] = [$"Task {outcomes[i].TaskId} is not in last year's report."];
                continue;
            }

            previous.RecordTaskOutcome(task, outcomes[i].Outcome, outcomes[i].Comment, report);
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    private static ReportContent ToContent(SaveReportRequest request)
    {
        var missing = new Dictionary<string, string[]>();
        if (request.Achievements is null)
        {
            missing["achievements"] = ["Required: send the full list (an empty list removes all)."];
        }

        if (request.PlannedTasks is null)
        {
            missing["plannedTasks"] = ["Required: send the full list (an empty list removes all)."];
        }

        if (request.IndicatorValues is null)
        {
            missing["indicatorValues"] = ["Required: send the full list (an empty list removes all)."];
        }

        if (request.PeerHighlights is null)
        {
            missing["peerHighlights"] = ["Required: send the full list (an empty list removes all)."];
        }

        if (missing.Count > 0)
        {
            throw new ValidationFailedException(missing);
        }

        return new ReportContent(
            request.Achievements!.Select(a => new AchievementDraft(a.Id, a.Direction, a.Text ?? string.Empty)).ToList(),
            request.PlannedTasks!.Select(t => new PlannedTaskDraft(t.Id, t.Text ?? string.Empty, t.Direction)).ToList(),
            request.IndicatorValues!.Select(v => new IndicatorValueDraft(v.IndicatorId, v.Value, v.Note)).ToList(),
            request.PeerHighlights!.Select(h => new PeerHighlightDraft(h.Id, h.MentionedMunicipalityId, h.Text ?? string.Empty)).ToList());
    }
}
