using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Accounts;

public sealed class UpdateUserTests : IAsyncLifetime
{
    private const string NotAnAdministrator = "someone-without-admin-rights";

    private UserAdministrationHarness _harness = default!;
    private ApplicationUser _admin = default!;

    public async Task InitializeAsync()
    {
        _harness = await UserAdministrationHarness.CreateAsync();
        _admin = await _harness.AddUserAsync("admin@centre.mn", [Roles.Administrator]);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<SaveResult<string>> UpdateAsync(UpdateUserInput command, string? actingUserId = null) =>
        _harness.Get<UpdateUser>().RunAsync(command, UserAdministrationHarness.ActingAs(actingUserId ?? _admin.Id));

    [Fact]
    public async Task Update_WithNewRolesAndOrganisation_SavesThemAndRenewsTheSecurityStamp()
    {
        var user = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);

        var result = await UpdateAsync(new UpdateUserInput(user.Id, " Renamed ", [Roles.AgencyHead, Roles.Auditor], _harness.ActiveOrganisationId));

        Assert.True(result.Succeeded);
        var stored = (await _harness.FindAsync(user.Id))!;
        Assert.Equal("Renamed", stored.User.DisplayName);
        Assert.Equal([Roles.AgencyHead, Roles.Auditor], stored.Roles);
        Assert.Equal(_harness.ActiveOrganisationId, stored.User.OrganisationId);
        Assert.NotEqual(user.SecurityStamp, stored.User.SecurityStamp);
    }

    [Fact]
    public async Task Update_OfTheOrganisationOnly_RenewsTheSecurityStamp()
    {
        var user = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);

        var result = await UpdateAsync(new UpdateUserInput(user.Id, user.DisplayName, [Roles.Operator], _harness.ActiveOrganisationId));

        Assert.True(result.Succeeded);
        Assert.NotEqual(user.SecurityStamp, (await _harness.FindAsync(user.Id))!.User.SecurityStamp);
    }

    [Fact]
    public async Task Update_OfTheDisplayNameOnly_KeepsTheUserSignedIn()
    {
        var user = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);

        var result = await UpdateAsync(new UpdateUserInput(user.Id, "New name", [Roles.Operator], null));

        Assert.True(result.Succeeded);
        var stored = (await _harness.FindAsync(user.Id))!;
        Assert.Equal("New name", stored.User.DisplayName);
        Assert.Equal(user.SecurityStamp, stored.User.SecurityStamp);
    }

    [Fact]
    public async Task Update_ToAnAgencyRoleWithoutOrganisation_RefusesAndChangesNothing()
    {
        var user = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);

        var result = await UpdateAsync(new UpdateUserInput(user.Id, "Changed", [Roles.AgencyOfficer], null));

        Assert.Equal([new FieldError(nameof(CreateUserInput.OrganisationId), UserMessages.OrganisationRequired)], result.Refusals);
        var stored = (await _harness.FindAsync(user.Id))!;
        Assert.Equal(user.DisplayName, stored.User.DisplayName);
        Assert.Equal([Roles.Operator], stored.Roles);
        Assert.Equal(user.SecurityStamp, stored.User.SecurityStamp);
    }

    [Fact]
    public async Task Update_WithoutRoles_Refuses()
    {
        var user = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);

        var result = await UpdateAsync(new UpdateUserInput(user.Id, "Changed", [], null));

        Assert.Equal([new FieldError(nameof(CreateUserInput.Roles), UserMessages.RoleRequired)], result.Refusals);
        Assert.Equal([Roles.Operator], (await _harness.FindAsync(user.Id))!.Roles);
    }

    [Fact]
    public async Task Update_MovingAUserIntoADeactivatedOrganisation_Refuses()
    {
        var user = await _harness.AddUserAsync("officer@agency.mn", [Roles.AgencyOfficer], _harness.ActiveOrganisationId);

        var result = await UpdateAsync(new UpdateUserInput(user.Id, user.DisplayName, [Roles.AgencyOfficer], _harness.InactiveOrganisationId));

        Assert.Equal([new FieldError(nameof(CreateUserInput.OrganisationId), UserMessages.OrganisationInactive)], result.Refusals);
        Assert.Equal(_harness.ActiveOrganisationId, (await _harness.FindAsync(user.Id))!.User.OrganisationId);
    }

    [Fact]
    public async Task Update_OfAUserWhoseOrganisationWasDeactivated_MayKeepIt()
    {
        var user = await _harness.AddUserAsync("officer@old.mn", [Roles.AgencyOfficer], _harness.InactiveOrganisationId);

        var result = await UpdateAsync(new UpdateUserInput(user.Id, "Renamed", [Roles.AgencyOfficer], _harness.InactiveOrganisationId));

        Assert.True(result.Succeeded);
        Assert.Equal("Renamed", (await _harness.FindAsync(user.Id))!.User.DisplayName);
    }

    [Fact]
    public async Task Update_RemovingTheActingAdministratorsOwnAdministratorRole_Refuses()
    {
        await _harness.AddUserAsync("second.admin@centre.mn", [Roles.Administrator]);

        var result = await UpdateAsync(new UpdateUserInput(_admin.Id, _admin.DisplayName, [Roles.Operator], null), actingUserId: _admin.Id);

        Assert.Equal([new FieldError(nameof(CreateUserInput.Roles), UserMessages.CannotRemoveOwnAdministratorRole)], result.Refusals);
        Assert.Equal([Roles.Administrator], (await _harness.FindAsync(_admin.Id))!.Roles);
    }

    [Fact]
    public async Task Update_RemovingTheAdministratorRoleOfTheLastActiveAdministrator_Refuses()
    {
        // The only other administrator is locked out, so they do not count.
        await _harness.AddUserAsync("locked.admin@centre.mn", [Roles.Administrator], lockedOut: true);

        var result = await UpdateAsync(new UpdateUserInput(_admin.Id, _admin.DisplayName, [Roles.Supervisor], null), NotAnAdministrator);

        Assert.Equal([new FieldError(nameof(CreateUserInput.Roles), UserMessages.LastAdministrator)], result.Refusals);
        Assert.Equal([Roles.Administrator], (await _harness.FindAsync(_admin.Id))!.Roles);
    }

    [Fact]
    public async Task Update_RemovingTheAdministratorRoleOfAnotherAdministrator_Succeeds()
    {
        var other = await _harness.AddUserAsync("second.admin@centre.mn", [Roles.Administrator, Roles.Auditor]);

        var result = await UpdateAsync(new UpdateUserInput(other.Id, other.DisplayName, [Roles.Auditor], null));

        Assert.True(result.Succeeded);
        var stored = (await _harness.FindAsync(other.Id))!;
        Assert.Equal([Roles.Auditor], stored.Roles);
        Assert.NotEqual(other.SecurityStamp, stored.User.SecurityStamp);
    }

    [Fact]
    public async Task Update_OfAUserThatDoesNotExist_RefusesWithUserNotFound()
    {
        var result = await UpdateAsync(new UpdateUserInput("no-such-user", "Name", [Roles.Operator], null));

        Assert.Equal([new FieldError(SaveResult.Form, UserMessages.UserNotFound)], result.Refusals);
    }
}
