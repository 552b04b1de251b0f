using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Accounts;

public sealed class ListUsersTests : IAsyncLifetime
{
    private UserAdministrationHarness _harness = default!;

    public async Task InitializeAsync() => _harness = await UserAdministrationHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<Page<UserListItem>> ListAsync(ListUsersInput query) => _harness.Get<ListUsers>().RunAsync(query, UserAdministrationHarness.AnAdministrator);

    [Fact]
    public async Task List_ProjectsRolesOrganisationInBothLanguagesLockAndTwoFactor()
    {
        var officer = await _harness.AddUserAsync("officer@agency.mn", [Roles.AgencyOfficer, Roles.Operator], _harness.ActiveOrganisationId, lockedOut: true);
        await _harness.EnrolAuthenticatorAsync(officer.Id);

        var item = Assert.Single((await ListAsync(new ListUsersInput())).Rows);

        Assert.Equal(officer.Id, item.Id);
        Assert.Equal("officer@agency.mn", item.Email);
        Assert.Equal(officer.DisplayName, item.DisplayName);
        Assert.Equal([Roles.Operator, Roles.AgencyOfficer], item.Roles);
        Assert.Equal(("Идэвхтэй газар", "Active Agency"), (item.OrganisationNameMn, item.OrganisationNameEn));
        Assert.True(item.IsLockedOut);
        Assert.True(item.TwoFactorEnabled);
        Assert.Equal(_harness.Clock.GetUtcNow().UtcDateTime, item.CreatedAtUtc);
    }

    [Fact]
    public async Task List_ShowsALockoutThatHasEndedAsNotLockedOut()
    {
        var user = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);
        await using (var db = _harness.Database.CreateDbContext())
        {
            var stored = await db.Users.FindAsync(user.Id);
            stored!.LockoutEnd = _harness.Clock.GetUtcNow().AddMinutes(10);
            await db.SaveChangesAsync();
        }

        Assert.True(Assert.Single((await ListAsync(new ListUsersInput())).Rows).IsLockedOut);
        _harness.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.False(Assert.Single((await ListAsync(new ListUsersInput())).Rows).IsLockedOut);
    }

    [Fact]
    public async Task List_SearchesNameAndEmailCaseInsensitively()
    {
        await _harness.AddUserAsync("bold@centre.mn", [Roles.Operator]);
        await _harness.AddUserAsync("saraa@centre.mn", [Roles.Operator]);
        await _harness.AddUserAsync("other@agency.mn", [Roles.Operator]);

        var byEmail = await ListAsync(new ListUsersInput(Search: "BOLD@"));
        var byName = await ListAsync(new ListUsersInput(Search: "name of saraa"));
        var byDomain = await ListAsync(new ListUsersInput(Search: "centre.mn"));

        Assert.Equal(["bold@centre.mn"], byEmail.Rows.Select(u => u.Email));
        Assert.Equal(["saraa@centre.mn"], byName.Rows.Select(u => u.Email));
        Assert.Equal(2, byDomain.TotalCount);
    }

    [Fact]
    public async Task List_TreatsLikeWildcardsInTheSearchAsPlainCharacters()
    {
        await _harness.AddUserAsync("first_last@centre.mn", [Roles.Operator]);
        await _harness.AddUserAsync("firstxlast@centre.mn", [Roles.Operator]);

        var page = await ListAsync(new ListUsersInput(Search: "first_last"));

        Assert.Equal(["first_last@centre.mn"], page.Rows.Select(u => u.Email));
    }

    [Fact]
    public async Task List_FiltersByRoleAndByOrganisation()
    {
        await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);
        await _harness.AddUserAsync("head@agency.mn", [Roles.AgencyHead], _harness.ActiveOrganisationId);
        await _harness.AddUserAsync("officer@agency.mn", [Roles.AgencyOfficer], _harness.ActiveOrganisationId);
        await _harness.AddUserAsync("officer@old.mn", [Roles.AgencyOfficer], _harness.InactiveOrganisationId);

        var officers = await ListAsync(new ListUsersInput(Role: Roles.AgencyOfficer));
        var agency = await ListAsync(new ListUsersInput(OrganisationId: _harness.ActiveOrganisationId));
        var both = await ListAsync(new ListUsersInput(Role: Roles.AgencyOfficer, OrganisationId: _harness.ActiveOrganisationId));

        Assert.Equal(["officer@agency.mn", "officer@old.mn"], officers.Rows.Select(u => u.Email).Order());
        Assert.Equal(["head@agency.mn", "officer@agency.mn"], agency.Rows.Select(u => u.Email).Order());
        Assert.Equal(["officer@agency.mn"], both.Rows.Select(u => u.Email));
    }

    [Fact]
    public async Task List_PagesAndSortsInTheDatabaseAndCountsAllMatches()
    {
        foreach (var letter in "abcde")
        {
            await _harness.AddUserAsync($"{letter}@centre.mn", [Roles.Operator]);
        }

        var second = await ListAsync(new ListUsersInput(SortBy: UserSortColumn.Email, Descending: true, Page: 1, PageSize: 2));

        Assert.Equal(5, second.TotalCount);
        Assert.Equal(["c@centre.mn", "b@centre.mn"], second.Rows.Select(u => u.Email));
    }
}
