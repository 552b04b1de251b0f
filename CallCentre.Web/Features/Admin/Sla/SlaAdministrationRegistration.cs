using CallCentre.Domain.Deadlines;

namespace CallCentre.Web.Features.Admin.Sla;

/// <summary>The use cases of the administrators' SLA policy page.</summary>
internal static class SlaAdministrationRegistration
{
    public static IServiceCollection AddSlaAdministration(this IServiceCollection services)
    {
        services.AddScoped<ListSlaPolicies>();
        services.AddScoped<SaveSlaPolicy>();
        services.AddScoped<RetireSlaPolicy>();
        return services;
    }
}
