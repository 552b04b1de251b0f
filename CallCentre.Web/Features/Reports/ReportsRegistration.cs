using CallCentre.Domain.Reports;
using Microsoft.Extensions.Options;

namespace CallCentre.Web.Features.Reports;

/// <summary>The <c>Reports</c> settings, checked at start, the labels and scheduler the report use cases ask for, their Hangfire jobs and the restart re-queue.</summary>
internal static class ReportsRegistration
{
    public static IServiceCollection AddReportJobs(this IServiceCollection services)
    {
        services.AddOptions<ReportSettings>()
            .BindConfiguration(ReportSettings.Section)
            .PostConfigure<IWebHostEnvironment>((settings, environment) =>
                settings.Folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, string.IsNullOrWhiteSpace(settings.Folder) ? ReportSettings.DefaultFolder : settings.Folder)))
            .Validate(s => s.MaxPeriodDays is >= 1 and <= 3660, $"Setting {ReportSettings.Section}:{nameof(ReportSettings.MaxPeriodDays)} must be from 1 to 3660 days.")
            .Validate(s => s.RetentionDays is >= 1 and <= 3660, $"Setting {ReportSettings.Section}:{nameof(ReportSettings.RetentionDays)} must be from 1 to 3660 days.")
            .Validate(s => s.RowsPerSheet is >= 1 and <= ReportSettings.ExcelRowsPerSheet, $"Setting {ReportSettings.Section}:{nameof(ReportSettings.RowsPerSheet)} must be from 1 to {ReportSettings.ExcelRowsPerSheet}.")
            .Validate(s => s.ProgressEveryRows >= 1, $"Setting {ReportSettings.Section}:{nameof(ReportSettings.ProgressEveryRows)} must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReportSettings>>().Value);
        services.AddSingleton<IReportLabelsFactory, ResourceReportLabels>();
        services.AddSingleton<IReportScheduler, HangfireReportScheduler>();
        services.AddScoped<ReportJob>();
        services.AddScoped<ReportExpiryJob>();
        services.AddScoped<MonthlyReportJob>();
        services.AddHostedService<ReportJobsStartup>();
        return services;
    }
}
