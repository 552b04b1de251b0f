using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Inbox;

/// <summary>Registers the agency inbox use case; the host binds <see cref="InboxSettings"/>.</summary>
public static class InboxServiceCollectionExtensions
{
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddScoped<GetInbox>();
        return services;
    }
}
