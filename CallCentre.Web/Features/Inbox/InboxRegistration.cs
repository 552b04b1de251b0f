using CallCentre.Domain.Inbox;

namespace CallCentre.Web.Features.Inbox;

/// <summary>The <c>Inbox</c> settings, checked at start.</summary>
internal static class InboxRegistration
{
    public static IServiceCollection AddInboxSettings(this IServiceCollection services)
    {
        services.AddOptions<InboxSettings>()
            .BindConfiguration(InboxSettings.Section)
            .Validate(
                settings => settings.DueSoonDays is >= 1 and <= 30,
                $"Setting {InboxSettings.Section}:{nameof(InboxSettings.DueSoonDays)} must be a whole number of days from 1 to 30.")
            .ValidateOnStart();
        return services;
    }
}
