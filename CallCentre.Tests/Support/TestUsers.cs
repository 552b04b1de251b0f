using CallCentre.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Support;

/// <summary>Users a test makes for itself, so that what it does to them (lockout, 2FA, password) touches no other test.</summary>
public static class TestUsers
{
    public const string Password = "test-password-2222";

    /// <summary>Creates a user in <paramref name="role"/> (not a demo account, so never exempt from 2FA) and returns their e-mail.</summary>
    public static async Task<string> CreateAsync(WebApplicationFactory<Program> factory, string role, string culture = Cultures.Mongolian)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.1111.mn";
        await WithUserManagerAsync(factory, async users =>
        {
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = "Test " + role,
                PreferredCulture = culture,
                CreatedAtUtc = DateTime.UtcNow,
            };
            Succeeded(await users.CreateAsync(user, Password));
            Succeeded(await users.AddToRoleAsync(user, role));
        });
        return email;
    }

    /// <summary>Turns on authenticator 2FA for the user as if they had enrolled, and returns the Base32 key their app would hold.</summary>
    public static async Task<string> EnableAuthenticatorAsync(WebApplicationFactory<Program> factory, string email)
    {
        var key = "";
        await WithUserManagerAsync(factory, async users =>
        {
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email + " not found");
            Succeeded(await users.ResetAuthenticatorKeyAsync(user));
            Succeeded(await users.SetTwoFactorEnabledAsync(user, true));
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        });
        return key;
    }

    public static async Task<T> WithUserAsync<T>(WebApplicationFactory<Program> factory, string email, Func<UserManager<ApplicationUser>, ApplicationUser, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email + " not found");
        return await action(users, user);
    }

    private static async Task WithUserManagerAsync(WebApplicationFactory<Program> factory, Func<UserManager<ApplicationUser>, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
