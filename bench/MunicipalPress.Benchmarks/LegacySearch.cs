using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reports;
using NpgsqlTypes;

using MunicipalPress.Application.Search;

namespace MunicipalPress.Benchmarks;

/// <summary>
/// The search as it was before issue 13, kept as the benchmark's baseline so old and new are measured in one run:
/// rank and headline per kind with EF, then three more scans to count. Full-text search over what cities wrote: achievements, planned tasks and peer highlights, with Russian
/// morphology («фоторепортаж» finds «фоторепортажей»), whole-word matching for Ukrainian, ranking, highlighted
/// snippets, year/region filters and paging. The query is user text for websearch_to_tsquery: quotes, OR and
/// minus work, and nothing in it is ever SQL.
/// </summary>
public sealed class LegacySearch(IMunicipalPressDbFactory dbFactory)
{
    private const char Open = '\u0002';
    private const char Close = '\u0003';
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    public async Task<PagedResult<SearchHitDto>> SearchAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, SearchQuery.MaxPageSize);
        var text = (query.Q ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return new PagedResult<SearchHitDto>([], 0, page, pageSize);
        }

        if (text.Length > SearchQuery.MaxQueryLength)
        {
            text = text[..SearchQuery.MaxQueryLength];
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var reports = db.AnnualReports.AsNoTracking().Where(ReportAccess.ReadableBy(actor));
        if (query.Year is { } year)
        {
            reports = reports.Where(r => r.Year == year);
        }

        var places =
            from r in reports
            join m in db.Municipalities on r.MunicipalityId equals m.Id
            where query.RegionId == null || m.RegionId == query.RegionId
            select new { r.Id, r.Year, r.MunicipalityId, Municipality = m.Name, Region = m.Region!.Name };

        // Enough rows from each kind to fill the requested page after merging by rank.
        var take = page * pageSize;
        var achievements = await (
                from a in db.AnnualReports.SelectMany(r => r.Achievements)
                join p in places on a.AnnualReportId equals p.Id
                let tsQuery = EF.Functions.WebSearchToTsQuery(SearchColumns.RussianConfig, text).Or(EF.Functions.WebSearchToTsQuery(SearchColumns.SimpleConfig, text))
                where EF.Property<NpgsqlTsVector>(a, SearchColumns.Vector).Matches(tsQuery)
                let rank = EF.Property<NpgsqlTsVector>(a, SearchColumns.Vector).Rank(tsQuery)
                orderby rank descending, a.Id
                select new Row(SearchHitKinds.Achievement, p.Id, p.MunicipalityId, p.Municipality, p.Region, p.Year, a.Direction,
                    tsQuery.GetResultHeadline(SearchColumns.RussianConfig, a.Text, HeadlineOptions), rank))
            .Take(take).ToListAsync(cancellationToken);
        var tasks = await (
                from t in db.AnnualReports.SelectMany(r => r.PlannedTasks)
                join p in places on t.AnnualReportId equals p.Id
                let tsQuery = EF.Functions.WebSearchToTsQuery(SearchColumns.RussianConfig, text).Or(EF.Functions.WebSearchToTsQuery(SearchColumns.SimpleConfig, text))
                where EF.Property<NpgsqlTsVector>(t, SearchColumns.Vector).Matches(tsQuery)
                let rank = EF.Property<NpgsqlTsVector>(t, SearchColumns.Vector).Rank(tsQuery)
                orderby rank descending, t.Id
                select new Row(SearchHitKinds.PlannedTask, p.Id, p.MunicipalityId, p.Municipality, p.Region, p.Year, t.Direction,
                    tsQuery.GetResultHeadline(SearchColumns.RussianConfig, t.Text, HeadlineOptions), rank))
            .Take(take).ToListAsync(cancellationToken);
        var highlights = await (
                from h in db.AnnualReports.SelectMany(r => r.PeerHighlights)
                join p in places on h.AnnualReportId equals p.Id
                let tsQuery = EF.Functions.WebSearchToTsQuery(SearchColumns.RussianConfig, text).Or(EF.Functions.WebSearchToTsQuery(SearchColumns.SimpleConfig, text))
                where EF.Property<NpgsqlTsVector>(h, SearchColumns.Vector).Matches(tsQuery)
                let rank = EF.Property<NpgsqlTsVector>(h, SearchColumns.Vector).Rank(tsQuery)
                orderby rank descending, h.Id
                select new Row(SearchHitKinds.PeerHighlight, p.Id, p.MunicipalityId, p.Municipality, p.Region, p.Year, null,
                    tsQuery.GetResultHeadline(SearchColumns.RussianConfig, h.Text, HeadlineOptions), rank))
            .Take(take).ToListAsync(cancellationToken);
        var total = await CountAsync(db, places.Select(p => p.Id), text, cancellationToken);

        var items = achievements.Concat(tasks).Concat(highlights)
            .OrderByDescending(r => r.Rank).ThenByDescending(r => r.Year).ThenBy(r => r.Municipality)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(r => new SearchHitDto(r.Kind, r.ReportId, r.MunicipalityId, r.Municipality, r.Region, r.Year, r.Direction, ToSafeSnippet(r.Headline), r.Rank))
            .ToList();
        return new PagedResult<SearchHitDto>(items, total, page, pageSize);
    }

    private static string ToSafeSnippet(string headline) =>
        WebUtility.HtmlEncode(headline).Replace(Open.ToString(), "<mark>").Replace(Close.ToString(), "</mark>");

    private static async Task<int> CountAsync(IMunicipalPressDb db, IQueryable<int> reportIds, string text, CancellationToken cancellationToken)
    {
        var achievements = await db.AnnualReports.SelectMany(r => r.Achievements)
            .Where(a => reportIds.Contains(a.AnnualReportId))
            .CountAsync(a => EF.Property<NpgsqlTsVector>(a, SearchColumns.Vector).Matches(
                EF.Functions.WebSearchToTsQuery(SearchColumns.RussianConfig, text).Or(EF.Functions.WebSearchToTsQuery(SearchColumns.SimpleConfig, text))), cancellationToken);
        var tasks = await db.AnnualReports.SelectMany(r => r.PlannedTasks)
            .Where(t => reportIds.Contains(t.AnnualReportId))
            .CountAsync(t => EF.Property<NpgsqlTsVector>(t, SearchColumns.Vector).Matches(
                EF.Functions.WebSearchToTsQuery(SearchColumns.RussianConfig, text).Or(EF.Functions.WebSearchToTsQuery(SearchColumns.SimpleConfig, text))), cancellationToken);
        var highlights = await db.AnnualReports.SelectMany(r => r.PeerHighlights)
            .Where(h => reportIds.Contains(h.AnnualReportId))
            .CountAsync(h => EF.Property<NpgsqlTsVector>(h, SearchColumns.Vector).Matches(
                EF.Functions.WebSearchToTsQuery(SearchColumns.RussianConfig, text).Or(EF.Functions.WebSearchToTsQuery(SearchColumns.SimpleConfig, text))), cancellationToken);
        return achievements + tasks + highlights;
    }

    private sealed record Row(
        string Kind, int ReportId, int MunicipalityId, string Municipality, string Region, int Year, string? Direction, string Headline, float Rank);
}
