using CallCentre.Domain.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CallCentre.Web.Features.Audit;

/// <summary>Audits every request the authorization middleware forbids (a signed-in user without the role), then answers as usual.</summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            await context.RequestServices.GetRequiredService<RecordAuditEvent>().RunAsync(
                new RecordAuditEventInput("Access.Denied", "Page", context.Request.Path.Value, AuditOutcome.Refused), context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
