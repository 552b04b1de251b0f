using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Domain.Accounts;

public sealed class ResetPasswordTests : IAsyncLifetime
{
    private UserAdministrationHarness _harness = default!;

    public async Task InitializeAsync() => _harness = await UserAdministrationHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Reset_ReplacesThePasswordAndRenewsTheSecurityStamp()
    {
        var user = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);

        var result = await _harness.Get<ResetPassword>().RunAsync(new ResetPasswordInput(user.Id, "a brand new passphrase"), UserAdministrationHarness.AnAdministrator);

        Assert.True(result.Succeeded);
        var stored = (await _harness.FindAsync(user.Id))!;
        Assert.False(stored.HasOriginalPassword);
        Assert.True(await CheckPasswordAsync(user.Id, "a brand new passphrase"));
        Assert.NotEqual(user.SecurityStamp, stored.User.SecurityStamp);
    }

    [Fact]
    public async Task Reset_WithATooShortPassword_RefusesAndKeepsTheOldPassword()
    {
        var user = await _harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);

        var result = await _harness.Get<ResetPassword>().RunAsync(new ResetPasswordInput(user.Id, "short"), UserAdministrationHarness.AnAdministrator);

        var error = Assert.Single(result.Refusals);
        Assert.Equal((nameof(CreateUserInput.Password), UserMessages.PasswordTooShort), (error.Field, error.MessageKey));
        var stored = (await _harness.FindAsync(user.Id))!;
        Assert.True(stored.HasOriginalPassword);
        Assert.Equal(user.SecurityStamp, stored.User.SecurityStamp);
    }

    [Fact]
    public async Task Reset_OfAUserThatDoesNotExist_RefusesWithUserNotFound()
    {
        var result = await _harness.Get<ResetPassword>().RunAsync(new ResetPasswordInput("no-such-user", "a brand new passphrase"), UserAdministrationHarness.AnAdministrator);

        Assert.Equal([new FieldError(SaveResult.Form, UserMessages.UserNotFound)], result.Refusals);
    }

    private async Task<bool> CheckPasswordAsync(string id, string password)
    {
        await using var scope = _harness.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(id))!, password);
    }
}
