using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Analytics;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Exports;

/// <summary>Tables for download: a comparison, and a year's indicator table (municipalities × indicators).</summary>
public sealed class ExportService(IMunicipalPressDbFactory dbFactory, AnalyticsService analytics)
{
    public async Task<ExportTable> CompareTableAsync(Actor actor, CompareQuery query, string language, CancellationToken cancellationToken = default)
    {
        var result = await analytics.CompareAsync(actor, query, cancellationToken);
        var columns = new List<string> { Header(language, "Показатель", "Показник", "Indicator"), Header(language, "Единица", "Одиниця", "Unit"), Header(language, "Муниципалитет", "Муніципалітет", "Municipality") };
        columns.AddRange(result.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var rows = result.Indicators
            .SelectMany(indicator => indicator.Series.Select(series =>
            {
                var row = new List<object?> { NameFor(language, indicator.NameRu, indicator.NameUk, indicator.NameEn), indicator.Unit, series.MunicipalityName };
                row.AddRange(series.Points.Select(p => (object?)p.Value));
                return (IReadOnlyList<object?>)row;
            }))
            .ToList();
        return new ExportTable(Header(language, "Сравнение", "Порівняння", "Comparison"), columns, rows);
    }

    /// <summary>Every municipality's values for a year (approved reports the actor may read, and sent ones when asked).</summary>
    public async Task<ExportTable> IndicatorTableAsync(
        Actor actor,
        int year,
        string language,
        CountedReports counted = CountedReports.Approved,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(cancellationToken);
        var reports = await db.AnnualReports.AsNoTracking()
            .CountedFor(actor, counted)
            .Where(r => r.Year == year)
            .Join(db.Municipalities, r => r.MunicipalityId, m => m.Id, (r, m) => new { Report = r, m.Name, Region = m.Region!.Name, m.Population })
            .OrderBy(x => x.Region).ThenBy(x => x.Name)
            .Select(x => new { x.Name, x.Region, x.Population, x.Report.Status, Values = x.Report.IndicatorValues.Select(v => new { v.IndicatorId, v.Value }).ToList() })
            .ToListAsync(cancellationToken);
        var columns = new List<string>
        {
            Header(language, "Регион", "Регіон", "Region"), Header(language, "Муниципалитет", "Муніципалітет", "Municipality"),
            Header(language, "Население", "Населення", "Population"), Header(language, "Статус", "Статус", "Status"),
        };
        columns.AddRange(indicators.Select(i => $"{NameFor(language, i.NameRu, i.NameUk, i.NameEn)} ({i.Code})"));
        var rows = reports.Select(r =>
        {
            var values = r.Values.ToDictionary(v => v.IndicatorId, v => v.Value);
            var row = new List<object?> { r.Region, r.Name, r.Population is { } p ? (decimal)p : null, r.Status.ToString() };
            row.AddRange(indicators.Select(i => values.TryGetValue(i.Id, out var v) ? (object?)v : null));
            return (IReadOnlyList<object?>)row;
        }).ToList();
        return new ExportTable($"{year}", columns, rows);
    }

    private static string NameFor(string language, string ru, string uk, string en) => language switch
    {
        "uk" => uk,
        "en" => en,
        _ => ru,
    };

    private static string Header(string language, string ru, string uk, string en) => NameFor(language, ru, uk, en);
}
