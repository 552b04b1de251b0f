using CallCentre.Domain.UseCases;
using System.Net.Mail;

namespace CallCentre.Domain.Accounts;

/// <summary>
/// The rules for a staff account's fields. The use cases enforce them and the forms show them at the field,
/// so that what the form accepts is what the server accepts. Each check answers with the refusal or null.
/// </summary>
public static class UserRules
{
    public const int EmailMaxLength = 256;

    public static FieldError? CheckEmail(string? email)
    {
        var trimmed = email?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return new(nameof(CreateUserInput.Email), UserMessages.EmailRequired);
        }

        return IsValidEmail(trimmed) ? null : new(nameof(CreateUserInput.Email), UserMessages.EmailInvalid);
    }

    public static FieldError? CheckDisplayName(string? displayName)
    {
        var trimmed = displayName?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return new(nameof(CreateUserInput.DisplayName), UserMessages.DisplayNameRequired);
        }

        return trimmed.Length > ApplicationUser.DisplayNameMaxLength
            ? new(nameof(CreateUserInput.DisplayName), UserMessages.DisplayNameTooLong, [ApplicationUser.DisplayNameMaxLength])
            : null;
    }

    public static FieldError? CheckRoles(IEnumerable<string>? roles)
    {
        var list = roles?.ToList() ?? [];
        if (list.Count == 0)
        {
            return new(nameof(CreateUserInput.Roles), UserMessages.RoleRequired);
        }

        return list.All(Roles.IsKnown) ? null : new(nameof(CreateUserInput.Roles), UserMessages.RoleUnknown);
    }

    /// <summary>Agency roles see only their organisation's cases, so they need one; whether it exists is checked on save.</summary>
    public static FieldError? CheckOrganisation(IEnumerable<string>? roles, int? organisationId) =>
        organisationId is null && (roles ?? []).Any(Roles.RequiresOrganisation)
            ? new(nameof(CreateUserInput.OrganisationId), UserMessages.OrganisationRequired)
            : null;

    /// <summary>The length rule only; Identity's password validators have the last word on save.</summary>
    public static FieldError? CheckPassword(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return new(nameof(CreateUserInput.Password), UserMessages.PasswordRequired);
        }

        return password.Length < StaffIdentityOptions.PasswordMinimumLength
            ? new(nameof(CreateUserInput.Password), UserMessages.PasswordTooShort, [StaffIdentityOptions.PasswordMinimumLength])
            : null;
    }

    /// <summary>A plain address (no display name, no spaces) with a dotted domain: what a staff mailbox looks like.</summary>
    private static bool IsValidEmail(string email)
    {
        if (email.Length > EmailMaxLength || email.Any(char.IsWhiteSpace)
            || !MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            return false;
        }

        var host = address.Host;
        return host.Contains('.', StringComparison.Ordinal) && !host.StartsWith('.') && !host.EndsWith('.');
    }
}
