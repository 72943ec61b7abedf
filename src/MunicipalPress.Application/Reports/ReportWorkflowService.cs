using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.FigureChecks;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Reports.Changes;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Reports;

/// <summary>
/// The report's workflow steps: submit (the city), return with a comment and approve (reviewers), reopen
/// (administrators), and the review thread. The domain decides which steps the status allows (illegal
/// steps are conflicts); <see cref="ReportAccess"/> decides who may take them. Each returns null when the
/// report does not exist for the actor. Every step taken is published through <see cref="IReportChangeNotifier"/>
/// once committed; a refused one publishes nothing.
/// </summary>
public sealed class ReportWorkflowService(
    IMunicipalPressDbFactory dbFactory, TimeProvider clock, IReportChangeNotifier changes, FigureCheckService figureChecks)
{
    /// <summary>
    /// Submits the report. Errors (no achievement, a value against its indicator's rules, a missing required value)
    /// stop it; open figure checks do not: they come back as <see cref="ReportDto.Warnings"/> of the submitted report.
    /// </summary>
    public async Task<ReportDto?> SubmitAsync(Actor actor, int reportId, uint? expectedVersion, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<FigureFlag> warnings = [];
        var submitted = await StepAsync(actor, reportId, expectedVersion, ReportActions.Submit, ReportChangeKind.Submitted, async (db, report, now) =>
        {
            if (!ReportAccess.CanWrite(actor, report.MunicipalityId))
            {
                throw new ForbiddenException("Only the city's own press officers (or an administrator) can submit its report.");
            }

            var campaign = await db.ReportingYears.SingleAsync(y => y.Year == report.Year, cancellationToken);
            var catalogue = await db.Indicators.ToListAsync(cancellationToken);
            if (report.IsEditable)
            {
                var problems = report.FindSubmissionProblems(catalogue);
                if (problems.Count > 0)
                {
                    throw new ValidationFailedException(problems
                        .GroupBy(p => p.Field)
                        .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
                }
            }

            report.Submit(campaign, catalogue, now);
            warnings = await figureChecks.OpenFlagsAsync(db, report.Id, cancellationToken);
        }, cancellationToken);
        return submitted is null ? null : submitted with { Warnings = warnings };
    }

    public Task<ReportDto?> ReturnAsync(Actor actor, int reportId, string? comment, uint? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, reportId, expectedVersion, ReportActions.Return, ReportChangeKind.Returned, (_, report, now) =>
        {
            EnsureReviewer(actor);
            report.Return(new Reviewer(actor.UserId, actor.Name), comment ?? string.Empty, now);
            return Task.CompletedTask;
        }, cancellationToken, comment);

    public Task<ReportDto?> ApproveAsync(Actor actor, int reportId, uint? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, reportId, expectedVersion, ReportActions.Approve, ReportChangeKind.Approved, (_, report, now) =>
        {
            EnsureReviewer(actor);
            report.Approve(now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<ReportDto?> ReopenAsync(Actor actor, int reportId, uint? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, reportId, expectedVersion, ReportActions.Reopen, ReportChangeKind.Reopened, (_, report, now) =>
        {
            if (!ReportAccess.CanReopen(actor))
            {
                throw new ForbiddenException("Only an administrator can reopen an approved report.");
            }

            report.Reopen(now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<ReportDto?> CommentAsync(Actor actor, int reportId, string? text, CancellationToken cancellationToken = default) =>
        StepAsync(actor, reportId, null, ReportActions.Comment, ReportChangeKind.Commented, (_, report, now) =>
        {
            if (!ReportAccess.CanComment(actor, report.MunicipalityId))
            {
                throw new ForbiddenException("Only reviewers and the city's own press officers take part in the review thread.");
            }

            report.AddComment(new Reviewer(actor.UserId, actor.Name), text ?? string.Empty, now);
            report.Touch(now);
            return Task.CompletedTask;
        }, cancellationToken, text);

    /// <summary>
    /// What the report lacks before it can go (the submission rule) and before it is complete; null when the report
    /// does not exist or the actor may not read it. /my and the API's readiness both say this, so "ready" means the
    /// same everywhere.
    /// </summary>
    public async Task<ReportReadiness?> ReadinessAsync(Actor actor, int reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var report = await ReportEditingService.LoadTrackedAsync(db, actor, reportId, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var catalogue = await db.Indicators.AsNoTracking().ToListAsync(cancellationToken);
        var byCode = catalogue.ToDictionary(i => i.Code);
        var filled = report.IndicatorValues.Select(v => v.IndicatorId).ToHashSet();
        var blocking = report.FindSubmissionProblems(catalogue)
            .Select(p => p.Field)
            .Distinct()
            .Select(field => byCode.TryGetValue(field, out var indicator)
                ? new ReadinessGap(
                    filled.Contains(indicator.Id) ? ReadinessGapKind.IndicatorValueInvalid : ReadinessGapKind.RequiredIndicatorMissing,
                    field,
                    Indicator: IndicatorService.ToDto(indicator))
                : new ReadinessGap(ReadinessGapKind.NoAchievements, field))
            .ToList();

        var advisory = new List<ReadinessGap>();
        if (report.PlannedTasks.Count == 0)
        {
            advisory.Add(new ReadinessGap(ReadinessGapKind.NoPlannedTasks, "plannedTasks"));
        }

        var active = catalogue.Where(i => i.IsOnForms).ToList();
        // Required ones are already blocking.
        var blank = active.Count(i => !filled.Contains(i.Id) && !i.IsRequired);
        if (blank > 0)
        {
            advisory.Add(new ReadinessGap(ReadinessGapKind.IndicatorsBlank, "indicatorValues", blank, active.Count));
        }

        var unassessed = await db.AnnualReports.AsNoTracking()
            .Where(r => r.MunicipalityId == report.MunicipalityId && r.Year == report.Year - 1)
            .SelectMany(r => r.PlannedTasks)
            .CountAsync(t => t.Outcome == null, cancellationToken);
        if (unassessed > 0)
        {
            advisory.Add(new ReadinessGap(ReadinessGapKind.PreviousTasksNotAssessed, "previousTaskOutcomes", unassessed));
        }

        return new ReportReadiness(blocking, advisory);
    }

    private static void EnsureReviewer(Actor actor)
    {
        if (!ReportAccess.CanReview(actor))
        {
            throw new ForbiddenException("Only analysts and administrators review reports.");
        }
    }

    private async Task<ReportDto?> StepAsync(
        Actor actor,
        int reportId,
        uint? expectedVersion,
        string action,
        ReportChangeKind kind,
        Func<IMunicipalPressDb, AnnualReport, DateTimeOffset, Task> step,
        CancellationToken cancellationToken,
        string? comment = null)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var report = await ReportEditingService.LoadTrackedAsync(db, actor, reportId, cancellationToken);
        if (report is null)
        {
            return null;
        }

        if (expectedVersion is { } expected)
        {
            if (report.Version != expected)
            {
                throw new ConcurrencyConflictException(report.Version);
            }

            db.Entry(report).Property(r => r.Version).OriginalValue = expected;
        }

        var now = clock.GetUtcNow();
        await step(db, report, now);
        await ReportAudit.RecordAsync(db, actor, report, action, now, cancellationToken, comment?.Trim());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbFactory.CreateAsync(cancellationToken);
            throw new ConcurrencyConflictException(
                await fresh.AnnualReports.Where(r => r.Id == reportId).Select(r => r.Version).SingleAsync(cancellationToken));
        }

        changes.Changed(reportId, report.Version, kind, actor);
        return await ReportService.LoadAsync(db, actor, db.AnnualReports.Where(r => r.Id == reportId), cancellationToken);
    }
}
