using CallCentre.Domain.Inbox;
using CallCentre.Domain.Workflow;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCentre.Web.Features.Inbox;

/// <summary>The <c>Inbox</c> settings, checked at start, and the inbox's use cases.</summary>
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

        // TryAdd: the case page registers the workflow's use cases too.
        services.TryAddScoped<ActOnCase>();
        services.TryAddScoped<ListCaseOfficers>();
        return services;
    }
}
