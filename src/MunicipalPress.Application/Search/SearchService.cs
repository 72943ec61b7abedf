using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Reports;
using Npgsql;
using NpgsqlTypes;

namespace MunicipalPress.Application.Search;

/// <summary>
/// Full-text search over what cities wrote: achievements, planned tasks and peer highlights, with Russian
/// morphology («фоторепортаж» finds «фоторепортажей»), whole-word matching for Ukrainian, ranking, highlighted
/// snippets, year/region filters and paging. The query is user text for websearch_to_tsquery: quotes, OR and
/// minus work, and nothing in it is ever SQL (it is a parameter).
/// </summary>
/// <remarks>
/// One statement, one pass over each table: the matches of the three kinds are ranked on their stored tsvectors,
/// filtered by what the actor may read, counted with a window function and cut to the page; snippets, report and
/// city are read only for the page's rows, after the cut. (The first version ranked each kind with its snippet and counted
/// each kind again: two passes per table; see docs/performance.md.) LINQ cannot say count(*) OVER (), hence SQL, prepared;
/// the readability rule is <see cref="ReportAccess.ReadableBy"/>'s, as parameters.
/// </remarks>
public sealed class SearchService(IMunicipalPressDbFactory dbFactory)
{
    private const char Open = '\u0002';
    private const char Close = '\u0003';
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=40, MinWords=15, MaxFragments=1";

    private static readonly string[] Kinds = [SearchHitKinds.Achievement, SearchHitKinds.PlannedTask, SearchHitKinds.PeerHighlight];

    public async Task<PagedResult<SearchHitDto>> SearchAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken = default)
    {
        RequestValidator.Validate(query);
        var (page, pageSize) = Paging.Clamp(query.Page, query.PageSize, SearchQuery.MaxPageSize);
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
        var rows = await QueryAsync(db, Sql(actor, query), Parameters(actor, query, text, page, pageSize), reader => new Row(
            reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5),
            reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetFloat(7), reader.GetInt64(8), reader.GetString(9)), cancellationToken);
        var total = rows.Count > 0 ? (int)rows[0].Total : page == 1 ? 0 : await CountAsync(db, actor, query, text, cancellationToken);
        // The page is cut in one total order (rank, then the earlier text; or the year first when asked), so pages
        // never overlap; within it, equal ranks show the newest year first.
        var ordered = query.Order == SearchOrder.Newest
            ? rows.OrderByDescending(r => r.Year).ThenByDescending(r => r.Rank)
            : rows.OrderByDescending(r => r.Rank).ThenByDescending(r => r.Year);
        var items = ordered.ThenBy(r => r.Municipality)
            .Select(r => new SearchHitDto(
                Kinds[r.Kind], r.ReportId, r.MunicipalityId, r.Municipality, r.Region, r.Year, r.Direction, ToSafeSnippet(r.Headline), r.Rank))
            .ToList();
        return new PagedResult<SearchHitDto>(items, total, page, pageSize);
    }

    /// <summary>HTML-encodes the headline and turns PostgreSQL's match markers into &lt;mark&gt; elements.</summary>
    internal static string ToSafeSnippet(string headline) =>
        WebUtility.HtmlEncode(headline).Replace(Open.ToString(), "<mark>").Replace(Close.ToString(), "</mark>");

    /// <summary>Only for a page past the last one: the page's own query carries the total.</summary>
    private static async Task<int> CountAsync(IMunicipalPressDb db, Actor actor, SearchQuery query, string text, CancellationToken cancellationToken)
    {
        var sql = $"WITH {Matches} SELECT count(*) FROM {Visible(actor, query)}";
        var counts = await QueryAsync(db, sql, Parameters(actor, query, text, 1, 1), reader => reader.GetInt64(0), cancellationToken);
        return (int)counts.Single();
    }

    /// <summary>
    /// Runs a prepared statement on the context's connection. Npgsql keeps a prepared statement with the pooled physical
    /// connection, so the next search skips parsing and planning this long statement (about 3 ms of its time).
    /// </summary>
    private static async Task<List<T>> QueryAsync<T>(
        IMunicipalPressDb db, string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.AddRange(parameters);
            await command.PrepareAsync(cancellationToken);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Sql(Actor actor, SearchQuery query) => $"""
        WITH {Matches},
        cut AS (
            SELECT h.kind, h.id, h.annual_report_id, h.rank, count(*) OVER () AS total
            FROM {Visible(actor, query)}
            ORDER BY {(query.Order == SearchOrder.Newest ? "r.year DESC, " : string.Empty)}h.rank DESC, h.kind, h.id
            LIMIT @take OFFSET @skip
        )
        SELECT c.kind, r.id, r.municipality_id, m.name, g.name, r.year, coalesce(a.direction, t.direction), c.rank, c.total,
               ts_headline('{SearchColumns.RussianConfig}', coalesce(a.text, t.text, x.text), q.query, @options)
        FROM cut c
        CROSS JOIN q
        JOIN annual_reports r ON r.id = c.annual_report_id
        JOIN municipalities m ON m.id = r.municipality_id
        JOIN regions g ON g.id = m.region_id
        LEFT JOIN achievements a ON c.kind = 0 AND a.id = c.id
        LEFT JOIN planned_tasks t ON c.kind = 1 AND t.id = c.id
        LEFT JOIN peer_highlights x ON c.kind = 2 AND x.id = c.id
        """;

    /// <summary>The query (Russian stems or whole words) and every match of the three kinds with its rank on the stored vector.</summary>
    private const string Matches = $"""
        q AS (
            SELECT websearch_to_tsquery('{SearchColumns.RussianConfig}', @text) || websearch_to_tsquery('{SearchColumns.SimpleConfig}', @text) AS query
        ),
        hits AS (
            SELECT 0 AS kind, a.id, a.annual_report_id, ts_rank(a.search_vector, q.query) AS rank
            FROM achievements a, q WHERE a.search_vector @@ q.query
            UNION ALL
            SELECT 1, t.id, t.annual_report_id, ts_rank(t.search_vector, q.query)
            FROM planned_tasks t, q WHERE t.search_vector @@ q.query
            UNION ALL
            SELECT 2, x.id, x.annual_report_id, ts_rank(x.search_vector, q.query)
            FROM peer_highlights x, q WHERE x.search_vector @@ q.query
        )
        """;

    /// <summary>
    /// The matches in reports the actor may read (<see cref="ReportAccess.ReadableBy"/>), in the year and region asked
    /// for. An analyst's search without filters reads every report: the matches need no join then, and the report
    /// and city are joined for the page's rows only.
    /// </summary>
    private static string Visible(Actor actor, SearchQuery query) =>
        actor.SeesAllReports && query.Year is null && query.RegionId is null && query.Order == SearchOrder.Relevance
        ? "hits h"
        : $"""
            hits h
                JOIN annual_reports r ON r.id = h.annual_report_id
                JOIN municipalities m ON m.id = r.municipality_id
            WHERE (@sees_all OR r.status = '{nameof(ReportStatus.Approved)}' OR r.municipality_id = @own)
                {(query.Year is null ? string.Empty : "AND r.year = @year")}
                {(query.RegionId is null ? string.Empty : "AND m.region_id = @region")}
            """;

    private static NpgsqlParameter[] Parameters(Actor actor, SearchQuery query, string text, int page, int pageSize) =>
    [
        new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text },
        new NpgsqlParameter("options", NpgsqlDbType.Text) { Value = HeadlineOptions },
        new NpgsqlParameter("sees_all", NpgsqlDbType.Boolean) { Value = actor.SeesAllReports },
        new NpgsqlParameter("own", NpgsqlDbType.Integer) { Value = actor.IsPressOfficer && actor.MunicipalityId is { } own ? own : -1 },
        new NpgsqlParameter("year", NpgsqlDbType.Integer) { Value = query.Year ?? 0 },
        new NpgsqlParameter("region", NpgsqlDbType.Integer) { Value = query.RegionId ?? 0 },
        new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = pageSize },
        new NpgsqlParameter("skip", NpgsqlDbType.Integer) { Value = (page - 1) * pageSize },
    ];

    private sealed record Row(
        int Kind, int ReportId, int MunicipalityId, string Municipality, string Region, int Year, string? Direction, float Rank, long Total, string Headline);
}
