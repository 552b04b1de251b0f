using CallCentre.Domain;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Web.Features.Notifications;

/// <summary>The app's notification services (as NotificationsRegistration adds them) over a test database and a fake clock.</summary>
public static class NotificationServices
{
    public static ServiceProvider Build(SeededDatabase database, FakeTimeProvider clock, IReadOnlyDictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<IDbContextFactory<CallCentreDbContext>>(database.Database);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment());
        services.AddOptions<InboxSettings>();
        services.AddCallCentreDomain();
        services.AddNotificationDelivery();
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Runs one mail run in its own scope, as Hangfire does.</summary>
    public static async Task<int> RunMailJobAsync(this ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationMailJob>().RunAsync(CancellationToken.None);
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";

        public string ApplicationName { get; set; } = "CallCentre.Web";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
