using CallCentre.Domain.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace CallCentre.Web.Infrastructure;

/// <summary>Health check, forwarded headers and HSTS: what an operator of the servers needs.</summary>
internal static class OperationsRegistration
{
    public static IServiceCollection AddCallCentreOperations(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<CallCentreDbContext>("database");
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddSingleton(TimeProvider.System);
        services.AddDataProtection().SetApplicationName("CallCentre").PersistKeysToDbContext<CallCentreDbContext>();
        return services;
    }
}
