using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MunicipalPress.Application.Accounts;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Municipalities;
using MunicipalPress.Application.Regions;
using MunicipalPress.Application.ReportingYears;
using MunicipalPress.Application.Reports;

namespace MunicipalPress.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<RegionService>();
        services.AddScoped<MunicipalityService>();
        services.AddScoped<MunicipalityProfileService>();
        services.AddScoped<IndicatorService>();
        services.AddScoped<ReportingYearService>();
        services.TryAddSingleton(FigureChecks.FigureCheckOptions.Default);
        services.AddScoped<FigureChecks.FigureCheckService>();
        services.AddSingleton<Reports.Changes.ReportChanges>();
        services.AddSingleton<Reports.Changes.IReportChangeNotifier>(sp => sp.GetRequiredService<Reports.Changes.ReportChanges>());
        services.AddScoped<ReportService>();
        services.AddScoped<ReportEditingService>();
        services.AddScoped<ReportWorkflowService>();
        services.AddScoped<ReportHistoryService>();
        services.AddScoped<Users.UserService>();
        services.AddScoped<Auditing.AuditService>();
        services.AddScoped<Analytics.AnalyticsService>();
        services.AddScoped<Search.SearchService>();
        services.AddScoped<Exports.ExportService>();
        services.AddScoped<Digests.DigestService>();
        services.AddScoped<Imports.ImportService>();
        // None unless the host adds the demo ones (Development): see IDemoAccounts.
        services.TryAddSingleton<IDemoAccounts, NoDemoAccounts>();
        return services;
    }
}
