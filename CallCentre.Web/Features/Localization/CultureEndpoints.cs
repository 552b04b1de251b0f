using CallCentre.Domain.Accounts;
using CallCentre.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Web.Features.Localization;

/// <summary>The language switch: remembers the choice in a cookie and, for a signed-in user, on the account.</summary>
internal static class CultureEndpoints
{
    public const string SetCulturePath = "/culture/set";

    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SetCulturePath, SetCultureAsync).WithAccessFromTable();
        return endpoints;
    }

    public static string Link(string culture, string returnUrl) =>
        $"{SetCulturePath}?culture={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static async Task<IResult> SetCultureAsync(HttpContext context, UserManager<ApplicationUser> users, string? culture, string? returnUrl)
    {
        if (!Cultures.IsSupported(culture))
        {
            return TypedResults.BadRequest();
        }

        LocalizationRegistration.WriteCultureCookie(context.Response, culture!);
        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user && user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture!;
            await users.UpdateAsync(user);
        }

        var target = string.IsNullOrEmpty(returnUrl) || !IsLocal(returnUrl) ? "/" : returnUrl;
        return TypedResults.LocalRedirect(target);
    }

    private static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
