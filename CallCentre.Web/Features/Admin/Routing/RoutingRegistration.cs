using CallCentre.Domain.Routing;

namespace CallCentre.Web.Features.Admin.Routing;

/// <summary>The use cases of the administrators' routing page.</summary>
internal static class RoutingRegistration
{
    public static IServiceCollection AddRoutingAdministration(this IServiceCollection services)
    {
        services.AddScoped<ListRoutingRules>();
        services.AddScoped<ListRoutingChoices>();
        services.AddScoped<PreviewRoute>();
        services.AddScoped<SaveRoutingRule>();
        services.AddScoped<DeleteRoutingRule>();
        return services;
    }
}
