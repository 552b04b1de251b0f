using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using CallCentre.Web.Features.Localization;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>Translates user-admin refusals, and names and finds organisations in the current language.</summary>
internal static class UsersText
{
    public static string Message(this IStringLocalizer<UsersResource> localizer, FieldError error) =>
        string.Format(CultureInfo.CurrentCulture, localizer[error.MessageKey], [.. error.Arguments]);

    /// <summary>For MudBlazor's validation functions: null means the value is fine.</summary>
    public static string? MessageOrNull(this IStringLocalizer<UsersResource> localizer, FieldError? error) =>
        error is null ? null : localizer.Message(error);

    public static string OrganisationName(this IStringLocalizer<UsersResource> localizer, OrganisationChoice? organisation) =>
        organisation is null ? ""
        : organisation.IsActive ? organisation.Name(CurrentLanguage.Value)
        : string.Format(CultureInfo.CurrentCulture, localizer["Users.Organisation.Inactive"], organisation.Name(CurrentLanguage.Value));

    /// <summary>Organisations whose name (current language) or code contains the text, by name.</summary>
    public static Task<IEnumerable<OrganisationChoice>> MatchingAsync(IEnumerable<OrganisationChoice> organisations, string? text)
    {
        var term = text?.Trim() ?? "";
        var matches = organisations
            .Where(o => term.Length == 0
                || o.Name(CurrentLanguage.Value).Contains(term, StringComparison.CurrentCultureIgnoreCase)
                || o.Code.Contains(term, StringComparison.OrdinalIgnoreCase))
            .OrderBy(o => o.Name(CurrentLanguage.Value), StringComparer.CurrentCulture);
        return Task.FromResult<IEnumerable<OrganisationChoice>>(matches);
    }
}
