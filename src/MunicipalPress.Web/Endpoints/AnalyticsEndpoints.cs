using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MunicipalPress.Application.Analytics;
using MunicipalPress.Application.Exports;

namespace MunicipalPress.Web.Endpoints;

public static class AnalyticsEndpoints
{
    public static void MapAnalyticsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/analytics").WithTags("Analytics");
        group.MapGet("/compare", CompareAsync).WithName("Compare");
        group.MapGet("/ranking", RankingAsync).WithName("Ranking");

        var exports = api.MapGroup("/exports").WithTags("Exports");
        exports.MapGet("/indicators.xlsx", (ExportService service, IXlsxWriter xlsx, ClaimsPrincipal user, int year, bool? includeSubmitted, CancellationToken ct) =>
            IndicatorTableAsync(service, xlsx, user, year, includeSubmitted, "xlsx", ct)).WithName("ExportIndicatorsXlsx");
        exports.MapGet("/indicators.csv", (ExportService service, IXlsxWriter xlsx, ClaimsPrincipal user, int year, bool? includeSubmitted, CancellationToken ct) =>
            IndicatorTableAsync(service, xlsx, user, year, includeSubmitted, "csv", ct)).WithName("ExportIndicatorsCsv");
    }

    /// <summary>
    /// Indicators (repeat ?indicator=code) for municipalities (repeat ?municipalityId=) or a whole region
    /// (?regionId=) over fromYear..toYear; perCapita=true gives values per 10,000 residents. Missing values are
    /// null, never zero. Approved reports only; includeSubmitted=true also counts reports sent but not yet approved.
    /// format=xlsx or csv downloads the same table.
    /// </summary>
    private static async Task<IResult> CompareAsync(
        AnalyticsService analytics,
        ExportService exports,
        IXlsxWriter xlsx,
        ClaimsPrincipal user,
        [FromQuery(Name = "indicator")] string[]? indicators,
        [FromQuery(Name = "municipalityId")] int[]? municipalityIds,
        int? regionId,
        int? fromYear,
        int? toYear,
        bool? perCapita,
        bool? includeSubmitted,
        string? format,
        CancellationToken ct)
    {
        var to = toYear ?? DateTime.UtcNow.Year - 1;
        var query = new CompareQuery(
            indicators ?? [], municipalityIds ?? [], regionId, fromYear ?? to - 4, to, perCapita ?? false, AnalyticsFacts.Basis(includeSubmitted));
        return format?.ToLowerInvariant() switch
        {
            null or "" or "json" => TypedResults.Ok(await analytics.CompareAsync(user.ToActor(), query, ct)),
            "xlsx" or "csv" => Download(await exports.CompareTableAsync(user.ToActor(), query, Language(), ct), format.ToLowerInvariant(), "comparison", xlsx),
            _ => TypedResults.Problem($"Unknown format '{format}': use json, xlsx or csv.", statusCode: StatusCodes.Status400BadRequest, title: "Bad format"),
        };
    }

    /// <summary>
    /// All municipalities ranked for one indicator and year, with the region median and the change on last year.
    /// Approved reports only; includeSubmitted=true also counts reports sent but not yet approved.
    /// </summary>
    private static async Task<Results<Ok<RankingDto>, NotFound>> RankingAsync(
        AnalyticsService analytics,
        ClaimsPrincipal user,
        string indicator,
        int year,
        bool? perCapita,
        bool? includeSubmitted,
        CancellationToken ct) =>
        await analytics.RankingAsync(user.ToActor(), indicator, year, perCapita ?? false, AnalyticsFacts.Basis(includeSubmitted), ct) is { } ranking
            ? TypedResults.Ok(ranking)
            : TypedResults.NotFound();

    private static async Task<IResult> IndicatorTableAsync(
        ExportService service, IXlsxWriter xlsx, ClaimsPrincipal user, int year, bool? includeSubmitted, string format, CancellationToken ct) =>
        Download(
            await service.IndicatorTableAsync(user.ToActor(), year, Language(), AnalyticsFacts.Basis(includeSubmitted), ct),
            format, $"indicators-{year}", xlsx);

    private static IResult Download(ExportTable table, string format, string name, IXlsxWriter xlsx)
    {
        if (format == "csv")
        {
            return TypedResults.File(CsvExport.ToBytes(table), "text/csv; charset=utf-8", $"{name}.csv");
        }

        using var stream = new MemoryStream();
        xlsx.Write(table, stream);
        return TypedResults.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
    }

    private static string Language() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
