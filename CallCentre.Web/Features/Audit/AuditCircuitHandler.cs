using CallCentre.Domain.Audit;
using CallCentre.Web.Features.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CallCentre.Web.Features.Audit;

/// <summary>
/// Gives each piece of work a circuit does (an event, a JS call) the audit scope of its user, with the client address
/// captured when the circuit started: a circuit has no request of its own afterwards.
/// </summary>
internal sealed class AuditCircuitHandler(IHttpContextAccessor httpContextAccessor, AuthenticationStateProvider authenticationState) : CircuitHandler
{
    private string? _clientAddress = ClientAddress.Of(httpContextAccessor.HttpContext);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _clientAddress ??= ClientAddress.Of(httpContextAccessor.HttpContext);
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            AuditScope.Enter(new AuditScope(null, null, _clientAddress));
            try
            {
                var user = StaffUser.From((await authenticationState.GetAuthenticationStateAsync()).User);
                AuditScope.Enter(new AuditScope(user?.Id, user?.DisplayName, _clientAddress));
            }
            catch (InvalidOperationException)
            {
                // The circuit's authentication state is not set yet (its first activity); the address alone serves.
            }

            await next(context);
        };
}
