using System.Net;
using CallCentre.Domain.Audit;
using CallCentre.Web.Features.Accounts;

namespace CallCentre.Web.Features.Audit;

/// <summary>Makes the signed-in user and the client's address (after forwarded headers) the audit scope of the request.</summary>
internal sealed class AuditScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var user = StaffUser.From(context.User);
        AuditScope.Enter(new AuditScope(user?.Id, user?.DisplayName, ClientAddress.Of(context)));
        await next(context);
    }
}

/// <summary>The client's address as the audit records it.</summary>
internal static class ClientAddress
{
    public static string? Of(HttpContext? context) => context?.Connection.RemoteIpAddress is { } address ? Format(address) : null;

    private static string Format(IPAddress address) => (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
