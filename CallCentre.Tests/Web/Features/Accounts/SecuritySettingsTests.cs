using System.Security.Claims;
using CallCentre.Domain.Accounts;
using CallCentre.Web.Features.Accounts;

namespace CallCentre.Tests.Web.Features.Accounts;

public sealed class SecuritySettingsTests
{
    [Theory]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Supervisor, true)]
    [InlineData(Roles.Auditor, true)]
    [InlineData(Roles.Operator, false)]
    [InlineData(Roles.AgencyOfficer, false)]
    public void ByDefault_TwoFactorIsRequiredOfAdministratorsSupervisorsAndAuditors(string role, bool required)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

        Assert.Equal(required, new SecuritySettings().RequiresTwoFactor(user));
    }
}
