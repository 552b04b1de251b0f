using System.Security.Claims;

namespace CallCentre.Web.Features.Accounts;

/// <summary>Sends a user whose role requires an authenticator app, and who has none yet, to set one up before anything else.</summary>
internal sealed class TwoFactorRequirementMiddleware(RequestDelegate next, SecuritySettings settings)
{
    public const string EnrolPath = "/Account/Manage/EnableAuthenticator";

    private static readonly string[] _allowedPrefixes =
        ["/Account", "/_framework", "/_content", "/_blazor", "/assets", "/health", "/culture", "/Error", "/favicon"];

    public Task InvokeAsync(HttpContext context)
    {
        if (MustEnrol(context.User, settings) && !_allowedPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(EnrolPath + "?required=1");
            return Task.CompletedTask;
        }

        return next(context);
    }

    public static bool MustEnrol(ClaimsPrincipal user, SecuritySettings settings) =>
        user.Identity?.IsAuthenticated == true
        && user.FindFirstValue(CallCentreClaims.TwoFactorEnabled) != "true"
        && settings.RequiresTwoFactor(user);
}
