using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Reports;

/// <summary>Registers the report use cases; the host supplies <see cref="ReportSettings"/>, the scheduler and the labels.</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<RequestReport>();
        services.AddScoped<ListReportRequests>();
        services.AddScoped<OpenReportFile>();
        services.AddScoped<GenerateReport>();
        services.AddScoped<ExpireReports>();
        services.AddScoped<ListUnfinishedReports>();
        services.AddScoped<ScheduleMonthlyReport>();
        return services;
    }
}
