using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Audit;

/// <summary>Registers the audit use cases; the chain itself is written by every DbContext's interceptor.</summary>
public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<RecordAuditEvent>();
        services.AddScoped<VerifyAuditChain>();
        services.AddScoped<ListAuditEntries>();
        services.AddScoped<CheckAuditChain>();
        services.AddScoped<GetLastAuditCheckpoint>();
        return services;
    }
}
