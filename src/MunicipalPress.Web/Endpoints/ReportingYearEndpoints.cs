using Microsoft.AspNetCore.Http.HttpResults;
using MunicipalPress.Application.ReportingYears;

namespace MunicipalPress.Web.Endpoints;

public static class ReportingYearEndpoints
{
    public static void MapReportingYearEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/reporting-years").WithTags("Reporting years");
        group.MapGet("/", ListAsync).WithName("ListReportingYears");
    }

    private static async Task<Ok<IReadOnlyList<ReportingYearDto>>> ListAsync(ReportingYearService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(ct));
}
