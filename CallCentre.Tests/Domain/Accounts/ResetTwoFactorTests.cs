using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Accounts;

public sealed class ResetTwoFactorTests : IAsyncLifetime
{
    private UserAdministrationHarness _harness = default!;

    public async Task InitializeAsync() => _harness = await UserAdministrationHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Reset_TurnsTwoFactorOffWithANewKeyNoRecoveryCodesAndANewSecurityStamp()
    {
        var user = await _harness.AddUserAsync("auditor@centre.mn", [Roles.Auditor]);
        await _harness.EnrolAuthenticatorAsync(user.Id);
        var before = (await _harness.FindAsync(user.Id))!;
        Assert.True(before.User.TwoFactorEnabled);
        Assert.Equal(10, before.RecoveryCodes);

        var result = await _harness.Get<ResetTwoFactor>().RunAsync(new ResetTwoFactorInput(user.Id), UserAdministrationHarness.AnAdministrator);

        Assert.True(result.Succeeded);
        var stored = (await _harness.FindAsync(user.Id))!;
        Assert.False(stored.User.TwoFactorEnabled);
        Assert.NotNull(stored.AuthenticatorKey);
        Assert.NotEqual(before.AuthenticatorKey, stored.AuthenticatorKey);
        Assert.Equal(0, stored.RecoveryCodes);
        Assert.NotEqual(before.User.SecurityStamp, stored.User.SecurityStamp);
    }

    [Fact]
    public async Task Reset_OfAUserThatDoesNotExist_RefusesWithUserNotFound()
    {
        var result = await _harness.Get<ResetTwoFactor>().RunAsync(new ResetTwoFactorInput("no-such-user"), UserAdministrationHarness.AnAdministrator);

        Assert.Equal([new FieldError(SaveResult.Form, UserMessages.UserNotFound)], result.Refusals);
    }
}
