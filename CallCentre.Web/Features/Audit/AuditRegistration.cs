using CallCentre.Domain.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CallCentre.Web.Features.Audit;

/// <summary>The web's part of the audit log: who acts from where, refusals.</summary>
internal static class AuditRegistration
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CircuitHandler, AuditCircuitHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        return services;
    }

    /// <summary>After authentication, so that the scope names the signed-in user.</summary>
    public static IApplicationBuilder UseAuditScope(this IApplicationBuilder app) => app.UseMiddleware<AuditScopeMiddleware>();
}
