using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Deadlines;

/// <summary>Registers the deadline, escalation and SLA-policy use cases.</summary>
public static class DeadlinesServiceCollectionExtensions
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services)
    {
        services.AddScoped<ScanDeadlines>();
        services.AddScoped<GetEscalationBoard>();
        services.AddScoped<ListSlaPolicies>();
        services.AddScoped<SaveSlaPolicy>();
        services.AddScoped<RetireSlaPolicy>();
        return services;
    }
}
