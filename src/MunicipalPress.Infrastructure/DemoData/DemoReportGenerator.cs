using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// Plausible, deterministic reports for the years the seeds do not cover. Every random choice comes from a
/// <see cref="Random"/> seeded with an FNV-1a hash of the city's slug and the year, so the output is the
/// same in every process. Years before <c>toYear</c> are approved; <c>toYear</c> is the open campaign, where
/// cities are spread over the workflow (and about one in ten has not started a report yet).
/// </summary>
public static class DemoReportGenerator
{
    public const int FirstYear = 2016;
    public const int LastYear = 2025;

    public static IReadOnlyList<DemoReport> Generate(IReadOnlyList<DemoCity> cities, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(cities);
        if (fromYear > toYear)
        {
            return [];
        }

        var openYear = OpenYearStatuses(cities, toYear);
        var reports = new List<DemoReport>();
        foreach (var city in cities)
        {
            ReportStatus? StatusOf(int year) => year < toYear ? ReportStatus.Approved : openYear[city.Slug];
            var writer = new DemoCityReportWriter(city, cities, StatusOf, fromYear, toYear);
            reports.AddRange(writer.Write());
        }

        return reports;
    }

    /// <summary>
    /// Spreads the open year's reports over the workflow by fixed shares (about 40 % submitted, 20 % approved,
    /// 15 % returned, 15 % drafts, 10 % none), in an order given by the hash, so the mix does not depend on luck.
    /// </summary>
    private static Dictionary<string, ReportStatus?> OpenYearStatuses(IReadOnlyList<DemoCity> cities, int year)
    {
        var fixedStatuses = new Dictionary<string, ReportStatus?>
        {
            [DemoGeography.Blagoveshchensk] = ReportStatus.Draft,
            [DemoGeography.Khabarovsk] = ReportStatus.Submitted,
        };

        var result = new Dictionary<string, ReportStatus?>();
        var open = cities.Where(c => !DemoSeedReports.Covers(c.Slug, year)).ToList();
        foreach (var city in open.Where(c => fixedStatuses.ContainsKey(c.Slug)))
        {
            result[city.Slug] = fixedStatuses[city.Slug];
        }

        var rest = open
            .Where(c => !fixedStatuses.ContainsKey(c.Slug))
            .OrderBy(c => DemoHash.Of($"{c.Slug}:{year}:status"))
            .ThenBy(c => c.Slug, StringComparer.Ordinal)
            .ToList();

        int Share(double part) => (int)Math.Round(open.Count * part, MidpointRounding.AwayFromZero);
        int AlreadyFixed(ReportStatus status) => result.Values.Count(s => s == status);
        var quotas = new (ReportStatus? Status, int Count)[]
        {
            (null, Share(0.10)),
            (ReportStatus.Returned, Share(0.15) - AlreadyFixed(ReportStatus.Returned)),
            (ReportStatus.Draft, Share(0.15) - AlreadyFixed(ReportStatus.Draft)),
            (ReportStatus.Approved, Share(0.20) - AlreadyFixed(ReportStatus.Approved)),
        };

        var index = 0;
        foreach (var (status, count) in quotas)
        {
            for (var i = 0; i < count && index < rest.Count; i++)
            {
                result[rest[index++].Slug] = status;
            }
        }

        while (index < rest.Count)
        {
            result[rest[index++].Slug] = ReportStatus.Submitted;
        }

        foreach (var city in cities.Where(c => !result.ContainsKey(c.Slug)))
        {
            result[city.Slug] = null;
        }

        return result;
    }
}
