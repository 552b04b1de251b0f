using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Notifications;

/// <summary>Registers the notification and mail-queue use cases; the host supplies the <see cref="INotificationPublisher"/>.</summary>
public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<GetNotifications>();
        services.AddScoped<MarkNotificationsRead>();
        services.AddScoped<GetNotificationPreferences>();
        services.AddScoped<SaveNotificationPreferences>();
        services.AddScoped<ClaimPendingMail>();
        services.AddScoped<RecordMailOutcome>();
        services.AddScoped<CreateDailyDigests>();
        return services;
    }
}
