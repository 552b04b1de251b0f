using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Tests.Domain.Accounts;

public sealed class IdentityErrorMessagesTests
{
    private static readonly IdentityErrorDescriber _describer = new();

    public static TheoryData<string, string, string> Mappings => new()
    {
        { nameof(IdentityErrorDescriber.DuplicateEmail), nameof(CreateUserInput.Email), UserMessages.EmailTaken },
        { nameof(IdentityErrorDescriber.DuplicateUserName), nameof(CreateUserInput.Email), UserMessages.EmailTaken },
        { nameof(IdentityErrorDescriber.InvalidEmail), nameof(CreateUserInput.Email), UserMessages.EmailInvalid },
        { nameof(IdentityErrorDescriber.PasswordTooShort), nameof(CreateUserInput.Password), UserMessages.PasswordTooShort },
        { nameof(IdentityErrorDescriber.PasswordRequiresDigit), nameof(CreateUserInput.Password), UserMessages.PasswordRequiresDigit },
        { nameof(IdentityErrorDescriber.PasswordRequiresLower), nameof(CreateUserInput.Password), UserMessages.PasswordRequiresLower },
        { nameof(IdentityErrorDescriber.PasswordRequiresUpper), nameof(CreateUserInput.Password), UserMessages.PasswordRequiresUpper },
        { nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric), nameof(CreateUserInput.Password), UserMessages.PasswordRequiresNonAlphanumeric },
        { nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars), nameof(CreateUserInput.Password), UserMessages.PasswordRequiresUniqueChars },
        { nameof(IdentityErrorDescriber.ConcurrencyFailure), SaveResult.Form, UserMessages.ConcurrencyFailure },
        { nameof(IdentityErrorDescriber.DefaultError), SaveResult.Form, UserMessages.SaveFailed },
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public void From_MapsEachIdentityErrorCodeToOurKeyAtItsField(string code, string field, string key)
    {
        var error = new IdentityError { Code = code, Description = "English text we never show" };

        var mapped = Assert.Single(IdentityErrorMessages.From([error], new PasswordOptions()));

        Assert.Equal((field, key), (mapped.Field, mapped.MessageKey));
    }

    [Fact]
    public void From_PasswordTooShort_CarriesTheConfiguredMinimum()
    {
        var mapped = Assert.Single(IdentityErrorMessages.From([_describer.PasswordTooShort(12)], new PasswordOptions { RequiredLength = 14 }));

        Assert.Equal([14], mapped.Arguments);
    }
}
