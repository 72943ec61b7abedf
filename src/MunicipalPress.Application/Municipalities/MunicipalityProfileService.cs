using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Analytics;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;

namespace MunicipalPress.Application.Municipalities;

/// <summary>
/// A municipality's record over the years, for its profile: every indicator it has figures for, and the
/// tasks it planned with their outcomes. Only reports the actor may read count (<see cref="ReportAccess"/>).
/// </summary>
public sealed class MunicipalityProfileService(IMunicipalPressDbFactory dbFactory)
{
    /// <summary>
    /// The indicators with at least one counted value (<see cref="AnalyticsFacts"/>: a draft's figures are not the
    /// city's latest), in catalogue order, each over all reporting years (null where a year has no value: missing is
    /// never zero). One query for the whole dashboard.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorSeriesDto>> GetIndicatorDashboardAsync(
        Actor actor,
        int municipalityId,
        CountedReports counted = CountedReports.Approved,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var values = await db.AnnualReports.AsNoTracking()
            .Where(r => r.MunicipalityId == municipalityId)
            .CountedFor(actor, counted)
            .SelectMany(r => r.IndicatorValues.Select(v => new { r.Year, v.IndicatorId, v.Value }))
            .ToListAsync(cancellationToken);
        if (values.Count == 0)
        {
            return [];
        }

        var years = await db.ReportingYears.AsNoTracking().OrderBy(y => y.Year).Select(y => y.Year).ToListAsync(cancellationToken);
        var indicatorIds = values.Select(v => v.IndicatorId).Distinct().ToList();
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => indicatorIds.Contains(i.Id))
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new { i.Id, i.Code })
            .ToListAsync(cancellationToken);
        var lookup = values.ToDictionary(v => (v.IndicatorId, v.Year), v => v.Value);
        return indicators
            .Select(i => new IndicatorSeriesDto(
                i.Id,
                i.Code,
                years.Select(y => new IndicatorPointDto(y, lookup.TryGetValue((i.Id, y), out var value) ? value : null)).ToList()))
            .ToList();
    }

    /// <summary>Planned tasks by the year of the report that set them, newest first; reports without tasks are left out.</summary>
    public async Task<IReadOnlyList<TaskRecordYearDto>> GetTaskRecordAsync(
        Actor actor,
        int municipalityId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var reports = await db.AnnualReports.AsNoTracking()
            .Where(r => r.MunicipalityId == municipalityId)
            .Where(ReportAccess.ReadableBy(actor))
            .Where(r => r.PlannedTasks.Any())
            .OrderByDescending(r => r.Year)
            .Select(r => new
            {
                r.Id,
                r.Year,
                r.Status,
                Tasks = r.PlannedTasks
                    .OrderBy(t => t.Order)
                    .Select(t => new PlannedTaskDto(t.Id, t.Text, t.Direction, t.Order, t.Outcome, t.OutcomeComment))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return reports.Select(r => new TaskRecordYearDto(r.Year, r.Id, r.Status, r.Tasks)).ToList();
    }
}
