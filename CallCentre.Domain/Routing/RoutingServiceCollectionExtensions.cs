using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Routing;

/// <summary>Registers the routing use cases (the router itself is a static domain service).</summary>
public static class RoutingServiceCollectionExtensions
{
    public static IServiceCollection AddRouting(this IServiceCollection services)
    {
        services.AddScoped<ProposeRoute>();
        services.AddScoped<PreviewRoute>();
        services.AddScoped<ListRoutingRules>();
        services.AddScoped<ListRoutingChoices>();
        services.AddScoped<SaveRoutingRule>();
        services.AddScoped<DeleteRoutingRule>();
        return services;
    }
}
