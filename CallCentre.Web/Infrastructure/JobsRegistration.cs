using CallCentre.Domain.Calendar;
using CallCentre.Domain.Persistence;
using CallCentre.Web.Features.Jobs;
using CallCentre.Web.Features.Notifications;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Logging;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;

namespace CallCentre.Web.Infrastructure;

/// <summary>
/// Hangfire: on SQLite its own file beside the database (<see cref="SqliteJobFile"/>: queued and scheduled work survives a
/// restart, and every node on the database shares it), SQL Server storage in production (shared by every node); the
/// server and the recurring jobs run unless <c>Jobs:Enabled</c> is false; the dashboard is for administrators.
/// </summary>
internal static class JobsRegistration
{
    public const string DashboardPath = "/jobs";

    public static IServiceCollection AddCallCentreJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot)
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
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                return new SqlServerStorage(database.ConnectionString);
            }

            // Hangfire's log provider is process-wide: the SQLite storage logs from its constructor, so this host's
            // provider is set first, one that stays harmless when its host stops (a test's, in a process with several).
            LogProvider.SetCurrentLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()));
            var file = SqliteJobFile.Path(database, settings, contentRoot);
            return file == SqliteJobFile.InMemory
                ? new InMemoryStorage()
                : new SQLiteStorage(file, new SQLiteStorageOptions
                {
                    QueuePollInterval = TimeSpan.FromSeconds(settings.QueuePollSeconds),

                    // A job a crash interrupted is taken again after this long; longer than the longest report takes.
                    InvisibilityTimeout = TimeSpan.FromMinutes(10),
                });
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
