using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>Turns Identity's English error descriptions into our own message keys, at the field they concern.</summary>
internal static class IdentityErrorMessages
{
    public static IReadOnlyList<FieldError> From(IEnumerable<IdentityError> errors, PasswordOptions password) =>
        errors.Select(e => From(e, password)).Distinct().ToList();

    private static FieldError From(IdentityError error, PasswordOptions password) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
            new(nameof(CreateUserInput.Email), UserMessages.EmailTaken),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
            new(nameof(CreateUserInput.Email), UserMessages.EmailInvalid),
        nameof(IdentityErrorDescriber.PasswordTooShort) =>
            new(nameof(CreateUserInput.Password), UserMessages.PasswordTooShort, [password.RequiredLength]),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new(nameof(CreateUserInput.Password), UserMessages.PasswordRequiresDigit),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => new(nameof(CreateUserInput.Password), UserMessages.PasswordRequiresLower),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => new(nameof(CreateUserInput.Password), UserMessages.PasswordRequiresUpper),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) =>
            new(nameof(CreateUserInput.Password), UserMessages.PasswordRequiresNonAlphanumeric),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) =>
            new(nameof(CreateUserInput.Password), UserMessages.PasswordRequiresUniqueChars, [password.RequiredUniqueChars]),
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => new(SaveResult.Form, UserMessages.ConcurrencyFailure),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => new(nameof(CreateUserInput.Password), UserMessages.PasswordRejected),
        _ => new(SaveResult.Form, UserMessages.SaveFailed),
    };
}
