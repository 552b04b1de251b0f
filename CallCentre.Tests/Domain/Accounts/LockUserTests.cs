using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Accounts;

public sealed class LockUserTests : IAsyncLifetime
{
    private UserAdministrationHarness _harness = default!;
    private ApplicationUser _admin = default!;

    public async Task InitializeAsync()
    {
        _harness = await UserAdministrationHarness.CreateAsync();
        _admin = await _harness.AddUserAsync("admin@centre.mn", [Roles.Administrator]);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Lock_LocksTheUserOutAndRenewsTheSecurityStamp()
    {
        var user = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);

        var result = await _harness.Get<LockUser>().RunAsync(new LockUserInput(user.Id), UserAdministrationHarness.ActingAs(_admin.Id));

        Assert.True(result.Succeeded);
        var stored = (await _harness.FindAsync(user.Id))!;
        Assert.True(stored.IsLockedOut);
        Assert.NotEqual(user.SecurityStamp, stored.User.SecurityStamp);
    }

    [Fact]
    public async Task Lock_OfTheActingAdministratorThemself_Refuses()
    {
        await _harness.AddUserAsync("second.admin@centre.mn", [Roles.Administrator]);

        var result = await _harness.Get<LockUser>().RunAsync(new LockUserInput(_admin.Id), UserAdministrationHarness.ActingAs(_admin.Id));

        Assert.Equal([new FieldError(SaveResult.Form, UserMessages.CannotLockSelf)], result.Refusals);
        var stored = (await _harness.FindAsync(_admin.Id))!;
        Assert.False(stored.IsLockedOut);
        Assert.Equal(_admin.SecurityStamp, stored.User.SecurityStamp);
    }

    [Fact]
    public async Task Lock_OfTheLastActiveAdministrator_Refuses()
    {
        var operatorUser = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);

        var result = await _harness.Get<LockUser>().RunAsync(new LockUserInput(_admin.Id), UserAdministrationHarness.ActingAs(operatorUser.Id));

        Assert.Equal([new FieldError(SaveResult.Form, UserMessages.LastAdministrator)], result.Refusals);
        Assert.False((await _harness.FindAsync(_admin.Id))!.IsLockedOut);
    }

    [Fact]
    public async Task Lock_OfAnAdministratorWhileAnotherIsActive_Succeeds()
    {
        var other = await _harness.AddUserAsync("second.admin@centre.mn", [Roles.Administrator]);

        var result = await _harness.Get<LockUser>().RunAsync(new LockUserInput(other.Id), UserAdministrationHarness.ActingAs(_admin.Id));

        Assert.True(result.Succeeded);
        Assert.True((await _harness.FindAsync(other.Id))!.IsLockedOut);
    }

    [Fact]
    public async Task Lock_OfAUserThatDoesNotExist_RefusesWithUserNotFound()
    {
        var result = await _harness.Get<LockUser>().RunAsync(new LockUserInput("no-such-user"), UserAdministrationHarness.ActingAs(_admin.Id));

        Assert.Equal([new FieldError(SaveResult.Form, UserMessages.UserNotFound)], result.Refusals);
    }

    [Fact]
    public async Task Unlock_LetsALockedUserSignInAgainAndRenewsTheSecurityStamp()
    {
        var user = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator], lockedOut: true);
        var before = (await _harness.FindAsync(user.Id))!;
        Assert.True(before.IsLockedOut);

        var result = await _harness.Get<UnlockUser>().RunAsync(new UnlockUserInput(user.Id), UserAdministrationHarness.AnAdministrator);

        Assert.True(result.Succeeded);
        var stored = (await _harness.FindAsync(user.Id))!;
        Assert.False(stored.IsLockedOut);
        Assert.Equal(0, stored.User.AccessFailedCount);
        Assert.NotEqual(before.User.SecurityStamp, stored.User.SecurityStamp);
    }
}
