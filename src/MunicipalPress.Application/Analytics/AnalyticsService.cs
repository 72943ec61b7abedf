using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Analytics;

/// <summary>
/// Comparisons and rankings straight from the reports as they are (no batch step between a submission and
/// the analysis). Figures come from approved reports the actor may read (and sent ones when asked, <see cref="AnalyticsFacts"/>); drafts are not facts yet.
/// Missing values stay missing (null), never zero.
/// </summary>
public sealed class AnalyticsService(IMunicipalPressDbFactory dbFactory)
{
    public const decimal PerCapitaBase = 10_000m;

    public async Task<CompareResultDto> CompareAsync(Actor actor, CompareQuery query, CancellationToken cancellationToken = default)
    {
        foreach (var code in query.Indicators)
        {
            RequestValidator.ValidateText("indicator", code);
        }

        Validate(query);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => query.Indicators.Contains(i.Code))
            .OrderBy(i => i.SortOrder)
            .ToListAsync(cancellationToken);
        var unknown = query.Indicators.Except(indicators.Select(i => i.Code)).ToList();
        if (unknown.Count > 0)
        {
            RequestValidator.Fail("indicator", $"Unknown indicator code(s): {string.Join(", ", unknown)}.");
        }

        var municipalities = db.Municipalities.AsNoTracking().AsQueryable();
        municipalities = query.RegionId is { } regionId && query.MunicipalityIds.Count == 0
            ? municipalities.Where(m => m.RegionId == regionId && !m.IsArchived)
            : municipalities.Where(m => query.MunicipalityIds.Contains(m.Id));
        var cities = await municipalities
            .OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.Name, m.Population })
            .ToListAsync(cancellationToken);
        var cityIds = cities.Select(c => c.Id).ToList();
        var indicatorIds = indicators.Select(i => i.Id).ToList();

        var values = await Facts(db, actor, query.Counted)
            .Where(r => cityIds.Contains(r.MunicipalityId) && r.Year >= query.FromYear && r.Year <= query.ToYear)
            .SelectMany(r => r.IndicatorValues
                .Where(v => indicatorIds.Contains(v.IndicatorId))
                .Select(v => new { r.MunicipalityId, r.Year, v.IndicatorId, v.Value }))
            .ToListAsync(cancellationToken);
        var lookup = values.ToDictionary(v => (v.MunicipalityId, v.Year, v.IndicatorId), v => v.Value);
        var years = Enumerable.Range(query.FromYear, query.ToYear - query.FromYear + 1).ToList();

        var tables = indicators.Select(indicator => new CompareIndicatorDto(
                indicator.Id, indicator.Code, indicator.NameRu, indicator.NameUk, indicator.NameEn,
                query.PerCapita ? $"{indicator.Unit} / 10 000" : indicator.Unit,
                cities.Select(city =>
                {
                    decimal? previous = null;
                    var points = new List<ComparePointDto>(years.Count);
                    foreach (var year in years)
                    {
                        decimal? value = lookup.TryGetValue((city.Id, year, indicator.Id), out var raw) ? Scale(raw, city.Population, query.PerCapita) : null;
                        points.Add(new ComparePointDto(year, value, Change(previous, value)));
                        previous = value;
                    }

                    return new CompareSeriesDto(city.Id, city.Name, city.Population, points);
                }).ToList()))
            .ToList();
        return new CompareResultDto(years, query.PerCapita, tables, query.Counted);
    }

    public async Task<RankingDto?> RankingAsync(
        Actor actor,
        string indicatorCode,
        int year,
        bool perCapita,
        CountedReports counted = CountedReports.Approved,
        CancellationToken cancellationToken = default)
    {
        RequestValidator.ValidateText("indicator", indicatorCode);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Code == indicatorCode, cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        var rows = await (
                from r in Facts(db, actor, counted)
                where r.Year == year || r.Year == year - 1
                from v in r.IndicatorValues
                where v.IndicatorId == indicator.Id
                join m in db.Municipalities on r.MunicipalityId equals m.Id
                where !m.IsArchived
                select new { r.Year, m.Id, m.Name, m.RegionId, Region = m.Region!.Name, m.Population, v.Value })
            .ToListAsync(cancellationToken);
        var previous = rows.Where(r => r.Year == year - 1).ToDictionary(r => r.Id, r => Scale(r.Value, r.Population, perCapita));
        var current = rows
            .Where(r => r.Year == year)
            .Select(r => (Row: r, Value: Scale(r.Value, r.Population, perCapita)))
            .Where(r => r.Value is not null)
            .Select(r => (r.Row, Value: r.Value!.Value))
            .OrderByDescending(r => r.Value).ThenBy(r => r.Row.Name)
            .ToList();
        var medians = current.GroupBy(r => r.Row.RegionId).ToDictionary(g => g.Key, g => Median(g.Select(r => r.Value).ToList()));

        var ranked = new List<RankingRowDto>(current.Count);
        for (var i = 0; i < current.Count; i++)
        {
            var (row, value) = current[i];
            // Ties share a rank (1, 2, 2, 4).
            var rank = i > 0 && current[i - 1].Value == value ? ranked[i - 1].Rank : i + 1;
            var before = previous.GetValueOrDefault(row.Id);
            ranked.Add(new RankingRowDto(rank, row.Id, row.Name, row.RegionId, row.Region, value, before, Change(before, value), medians[row.RegionId]));
        }

        return new RankingDto(
            indicator.Id, indicator.Code, indicator.NameRu, indicator.NameUk, indicator.NameEn,
            perCapita ? $"{indicator.Unit} / 10 000" : indicator.Unit, year, perCapita, ranked, counted);
    }

    /// <summary>Reports whose figures count (<see cref="AnalyticsFacts"/>).</summary>
    private static IQueryable<AnnualReport> Facts(IMunicipalPressDb db, Actor actor, CountedReports counted) =>
        db.AnnualReports.AsNoTracking().CountedFor(actor, counted);

    private static decimal? Scale(decimal value, int? population, bool perCapita) =>
        !perCapita ? value : PerTenThousand(value, population);

    /// <summary>A value per 10,000 residents, to two places; null when the population is unknown.</summary>
    public static decimal? PerTenThousand(decimal value, int? population) =>
        population is > 0 ? Math.Round(value / population.Value * PerCapitaBase, 2) : null;

    private static decimal? Change(decimal? previous, decimal? current) =>
        previous is { } before && current is { } now && before != 0 ? Math.Round((now - before) / before * 100m, 1) : null;

    private static decimal Median(IReadOnlyList<decimal> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void Validate(CompareQuery query)
    {
        var errors = new Dictionary<string, string[]>();
        if (query.Indicators.Count is 0 or > CompareQuery.MaxIndicators)
        {
            errors["indicator"] = [$"Choose 1 to {CompareQuery.MaxIndicators} indicators."];
        }

        if (query.MunicipalityIds.Count == 0 && query.RegionId is null)
        {
            errors["municipalityId"] = ["Choose municipalities or a region."];
        }

        if (query.MunicipalityIds.Count > CompareQuery.MaxMunicipalities)
        {
            errors["municipalityId"] = [$"At most {CompareQuery.MaxMunicipalities} municipalities."];
        }

        if (query.FromYear > query.ToYear || query.ToYear - query.FromYear >= CompareQuery.MaxYears)
        {
            errors["fromYear"] = [$"The year range must run forwards and span at most {CompareQuery.MaxYears} years."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }
}
