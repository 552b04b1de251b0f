using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;

namespace CallCentre.Tests.Domain.Accounts;

public sealed class UserRulesTests
{
    [Theory]
    [InlineData("operator@1111.gov.mn")]
    [InlineData("  padded@agency.mn  ")]
    [InlineData("first.last+tag@sub.agency.mn")]
    public void CheckEmail_AcceptsPlainAddresses(string email) => Assert.Null(UserRules.CheckEmail(email));

    [Theory]
    [InlineData(null, UserMessages.EmailRequired)]
    [InlineData("", UserMessages.EmailRequired)]
    [InlineData("no-at-sign", UserMessages.EmailInvalid)]
    [InlineData("two@@agency.mn", UserMessages.EmailInvalid)]
    [InlineData("user@nodot", UserMessages.EmailInvalid)]
    [InlineData("user@agency.mn.", UserMessages.EmailInvalid)]
    [InlineData("with space@agency.mn", UserMessages.EmailInvalid)]
    [InlineData("Name <user@agency.mn>", UserMessages.EmailInvalid)]
    public void CheckEmail_RefusesMissingOrMalformedAddresses(string? email, string expected) =>
        Assert.Equal(new FieldError(nameof(CreateUserInput.Email), expected), UserRules.CheckEmail(email));

    [Fact]
    public void CheckDisplayName_AcceptsExactly120Characters_AndRefuses121()
    {
        Assert.Null(UserRules.CheckDisplayName(new string('а', 120)));
        Assert.Equal(UserMessages.DisplayNameTooLong, UserRules.CheckDisplayName(new string('а', 121))?.MessageKey);
    }

    [Fact]
    public void CheckOrganisation_RequiresOneOnlyForAgencyRoles()
    {
        Assert.Null(UserRules.CheckOrganisation([Roles.Operator, Roles.Supervisor, Roles.Auditor, Roles.Administrator], null));
        Assert.Equal(UserMessages.OrganisationRequired, UserRules.CheckOrganisation([Roles.AgencyHead], null)?.MessageKey);
        Assert.Null(UserRules.CheckOrganisation([Roles.AgencyHead], 7));
    }

    [Fact]
    public void CheckPassword_RequiresTheMinimumLengthAndNothingElse()
    {
        Assert.Null(UserRules.CheckPassword("twelve chars"));
        Assert.Equal(UserMessages.PasswordTooShort, UserRules.CheckPassword("eleven char")?.MessageKey);
        Assert.Equal(UserMessages.PasswordRequired, UserRules.CheckPassword("")?.MessageKey);
    }
}
