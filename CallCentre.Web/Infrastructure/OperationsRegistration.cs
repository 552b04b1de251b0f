using CallCentre.Domain.Persistence;
using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace CallCentre.Web.Infrastructure;

/// <summary>Health check, forwarded headers and HSTS: what an operator of the servers needs.</summary>
internal static class OperationsRegistration
{
    public const string KnownProxiesKey = "ReverseProxy:KnownProxies";

    public static IServiceCollection AddCallCentreOperations(this IServiceCollection services, IConfiguration configuration)
    {
        // Behind a TLS-terminating proxy the app must trust its X-Forwarded-Proto/-For, but only from loopback
        // (the defaults, for a proxy on the same host) and the proxies named in the setting.
        var proxies = configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
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
