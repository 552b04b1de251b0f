using CallCentre.Domain.Inbox;

namespace CallCentre.Web.Features.Inbox;

/// <summary>The <c>Inbox</c> settings, checked at start, and the inbox's query; assigning uses the case workflow's use cases.</summary>
internal static class InboxRegistration
{
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddOptions<InboxSettings>()
            .BindConfiguration(InboxSettings.Section)
            .Validate(
                settings => settings.DueSoonDays is >= 1 and <= 30,
                $"Setting {InboxSettings.Section}:{nameof(InboxSettings.DueSoonDays)} must be a whole number of days from 1 to 30.")
            .ValidateOnStart();
        services.AddScoped<GetInbox>();
        return services;
    }
}
