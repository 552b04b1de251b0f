using CallCentre.Domain.Accounts;

namespace CallCentre.Tests.Domain.Accounts;

public sealed class RolesTests
{
    [Theory]
    [InlineData(Roles.AgencyOfficer, true)]
    [InlineData(Roles.AgencyHead, true)]
    [InlineData(Roles.Operator, false)]
    [InlineData(Roles.Supervisor, false)]
    [InlineData(Roles.Auditor, false)]
    [InlineData(Roles.Administrator, false)]
    [InlineData("agencyofficer", false)]
    [InlineData("", false)]
    public void RequiresOrganisation_IsTrueOnlyForTheAgencyRoles(string role, bool expected) =>
        Assert.Equal(expected, Roles.RequiresOrganisation(role));

    [Fact]
    public void All_ListsTheSixStaffRolesOnce() =>
        Assert.Equal(
            [Roles.Operator, Roles.Supervisor, Roles.AgencyOfficer, Roles.AgencyHead, Roles.Auditor, Roles.Administrator],
            Roles.All);
}
