using System.Globalization;
using CallCentre.Domain.Accounts;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>Translates user-admin refusals, and names and finds organisations in the current language.</summary>
internal static class UsersText
{
    public static bool IsMongolian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != Cultures.English;

    public static string Message(this IStringLocalizer<UsersResource> localizer, UserAdminError error) =>
        string.Format(CultureInfo.CurrentCulture, localizer[error.MessageKey], [.. error.Arguments]);

    /// <summary>For MudBlazor's validation functions: null means the value is fine.</summary>
    public static string? MessageOrNull(this IStringLocalizer<UsersResource> localizer, UserAdminError? error) =>
        error is null ? null : localizer.Message(error);

    public static string OrganisationName(this IStringLocalizer<UsersResource> localizer, OrganisationChoice? organisation) =>
        organisation is null ? ""
        : organisation.IsActive ? organisation.Name(IsMongolian)
        : string.Format(CultureInfo.CurrentCulture, localizer["Users.Organisation.Inactive"], organisation.Name(IsMongolian));

    /// <summary>Organisations whose name (current language) or code contains the text, by name.</summary>
    public static Task<IEnumerable<OrganisationChoice>> MatchingAsync(IEnumerable<OrganisationChoice> organisations, string? text)
    {
        var term = text?.Trim() ?? "";
        var matches = organisations
            .Where(o => term.Length == 0
                || o.Name(IsMongolian).Contains(term, StringComparison.CurrentCultureIgnoreCase)
                || o.Code.Contains(term, StringComparison.OrdinalIgnoreCase))
            .OrderBy(o => o.Name(IsMongolian), StringComparer.CurrentCulture);
        return Task.FromResult<IEnumerable<OrganisationChoice>>(matches);
    }
}
