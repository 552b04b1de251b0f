using CallCentre.Domain.Calendar;
using CallCentre.Domain.Persistence;
using CallCentre.Web.Features.Jobs;
using CallCentre.Web.Features.Notifications;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;

namespace CallCentre.Web.Infrastructure;

/// <summary>
/// Hangfire: in-memory storage on SQLite (one node), SQL Server storage in production (shared by every node); the
/// server and the recurring jobs run unless <c>Jobs:Enabled</c> is false; the dashboard is for administrators.
/// </summary>
internal static class JobsRegistration
{
    public const string DashboardPath = "/jobs";

    public static IServiceCollection AddCallCentreJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(JobSettings.Section).Get<JobSettings>() ?? new JobSettings();
        services.AddSingleton(settings);
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));

        // Each host its own storage, registered after AddHangfire so that it wins: Hangfire's default hands every host
        // the process-wide JobStorage.Current, and a host shutting down (a test's, in a process with several) would
        // dispose the in-memory storage another host is still queueing into.
        services.AddSingleton<JobStorage>(provider =>
        {
            var database = provider.GetRequiredService<DatabaseSettings>();
            return database.Provider == DatabaseProvider.SqlServer
                ? new SqlServerStorage(database.ConnectionString)
                : new InMemoryStorage();
        });

        if (settings.Enabled)
        {
            services.AddHangfireServer(o => o.WorkerCount = settings.WorkerCount);
            services.AddHostedService<RecurringJobs>();
        }

        services.AddScoped<AuditChainJob>();
        services.AddScoped<DeadlineScanJob>();
        return services;
    }

    public static WebApplication MapCallCentreJobs(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdministratorsOnlyDashboardFilter()],
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }).WithAccessFromTable();
        return app;
    }

    /// <summary>Registers (or updates) the recurring jobs once the host has started, in Ulaanbaatar time.</summary>
    private sealed class RecurringJobs(IRecurringJobManager jobs, JobSettings settings) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var options = new RecurringJobOptions { TimeZone = UlaanbaatarTime.Zone };
            jobs.AddOrUpdate<AuditChainJob>(AuditChainJob.Id, job => job.RunAsync(CancellationToken.None), settings.AuditVerificationCron, options);
            jobs.AddOrUpdate<DeadlineScanJob>(DeadlineScanJob.Id, job => job.RunAsync(CancellationToken.None), settings.DeadlineScanCron, options);
            jobs.AddOrUpdate<NotificationMailJob>(NotificationMailJob.Id, job => job.RunAsync(CancellationToken.None), settings.NotificationMailCron, options);
            jobs.AddOrUpdate<DailyDigestJob>(DailyDigestJob.Id, job => job.RunAsync(CancellationToken.None), settings.DailyDigestCron, options);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
