using CallCentre.Domain.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CallCentre.Web.Features.Audit;

/// <summary>The audit log's use cases and the web's part: who acts from where, refusals, the page.</summary>
internal static class AuditRegistration
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddAuditLog();
        services.AddHttpContextAccessor();
        services.AddScoped<CircuitHandler, AuditCircuitHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        return services;
    }

    /// <summary>After authentication, so that the scope names the signed-in user.</summary>
    public static IApplicationBuilder UseAuditScope(this IApplicationBuilder app) => app.UseMiddleware<AuditScopeMiddleware>();
}
