using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Queues;

/// <summary>Registers the supervisor queue use case; the host binds <see cref="QueueSettings"/>.</summary>
public static class QueuesServiceCollectionExtensions
{
    public static IServiceCollection AddQueues(this IServiceCollection services)
    {
        services.AddScoped<ListQueueCases>();
        return services;
    }
}
