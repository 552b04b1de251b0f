using CallCentre.Domain.Queues;

namespace CallCentre.Web.Features.Queues;

/// <summary>The <c>Queues</c> settings, checked at start.</summary>
internal static class QueuesRegistration
{
    public static IServiceCollection AddQueueSettings(this IServiceCollection services)
    {
        services.AddOptions<QueueSettings>()
            .BindConfiguration(QueueSettings.Section)
            .Validate(
                settings => settings.ExtensionPendingHours is >= 1 and <= 720,
                $"Setting {QueueSettings.Section}:{nameof(QueueSettings.ExtensionPendingHours)} must be a whole number of hours from 1 to 720.")
            .ValidateOnStart();
        return services;
    }
}
