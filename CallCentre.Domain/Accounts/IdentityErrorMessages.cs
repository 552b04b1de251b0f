using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>Turns Identity's English error descriptions into our own message keys, at the field they concern.</summary>
internal static class IdentityErrorMessages
{
    public static IReadOnlyList<UserAdminError> From(IEnumerable<IdentityError> errors, PasswordOptions password) =>
        errors.Select(e => From(e, password)).Distinct().ToList();

    private static UserAdminError From(IdentityError error, PasswordOptions password) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
            new(UserField.Email, UserMessages.EmailTaken),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
            new(UserField.Email, UserMessages.EmailInvalid),
        nameof(IdentityErrorDescriber.PasswordTooShort) =>
            new(UserField.Password, UserMessages.PasswordTooShort, [password.RequiredLength]),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new(UserField.Password, UserMessages.PasswordRequiresDigit),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => new(UserField.Password, UserMessages.PasswordRequiresLower),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => new(UserField.Password, UserMessages.PasswordRequiresUpper),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) =>
            new(UserField.Password, UserMessages.PasswordRequiresNonAlphanumeric),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) =>
            new(UserField.Password, UserMessages.PasswordRequiresUniqueChars, [password.RequiredUniqueChars]),
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => new(null, UserMessages.ConcurrencyFailure),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => new(UserField.Password, UserMessages.PasswordRejected),
        _ => new(null, UserMessages.SaveFailed),
    };
}
