using Microsoft.AspNetCore.Components;

namespace CallCentre.Web.Features.Accounts;

/// <summary>
/// Redirects from static server-rendered Identity pages, carrying a one-time status in a cookie. The cookie holds a key of
/// <see cref="AccountResource"/>, not text, so the next page shows it in the reader's language and nothing else can be shown.
/// </summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    public void RedirectTo(string? uri)
    {
        uri ??= "";

        // No open redirects: an address on another site ("https://x", "//x", "/\\x") goes to the home page instead.
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative)
            || uri.StartsWith("//", StringComparison.Ordinal)
            || uri.StartsWith("/\\", StringComparison.Ordinal))
        {
            uri = uri.StartsWith(navigationManager.BaseUri, StringComparison.OrdinalIgnoreCase) ? navigationManager.ToBaseRelativePath(uri) : "";
        }

        navigationManager.NavigateTo(uri);
    }

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var newUri = navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters);
        RedirectTo(newUri);
    }

    public void RedirectToWithStatus(string uri, string statusKey, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, statusKey, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public void RedirectToCurrentPage() => RedirectTo(CurrentPath);

    public void RedirectToCurrentPageWithStatus(string statusKey, HttpContext context)
        => RedirectToWithStatus(CurrentPath, statusKey, context);

    /// <summary>The cookie names an account that no longer exists (deleted, or its id changed).</summary>
    public void RedirectToInvalidUser() => RedirectTo("Account/InvalidUser");
}
