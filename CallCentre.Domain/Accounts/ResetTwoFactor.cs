using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>The user whose authenticator an administrator turns off.</summary>
public sealed record ResetTwoFactorInput(string UserId);

/// <summary>
/// Turns off a user's authenticator (lost phone, suspected compromise): a new key, no recovery codes, 2FA off.
/// The user must enrol again; their open sessions end at the next security-stamp check.
/// </summary>
public sealed class ResetTwoFactor(UserAdministrationRunner runner)
{
    public Task<SaveResult<string>> RunAsync(ResetTwoFactorInput input, Actor actor, CancellationToken cancellationToken = default) =>
        runner.RunAsync(
            async context =>
            {
                var users = context.Users;
                if (await users.FindByIdAsync(input.UserId) is not { } user)
                {
                    return SaveResult<string>.Invalid(SaveResult.Form, UserMessages.UserNotFound);
                }

                return await context.RunStepsAsync(user.Id, new Func<Task<IdentityResult>>[]
                {
                    () => users.SetTwoFactorEnabledAsync(user, false),
                    () => users.ResetAuthenticatorKeyAsync(user),
                    async () =>
                    {
                        // Old recovery codes must not outlive the reset; re-enrolling issues new ones.
                        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
                        return codes is null ? IdentityResult.Failed(users.ErrorDescriber.DefaultError()) : IdentityResult.Success;
                    },
                    () => users.UpdateSecurityStampAsync(user),
                });
            },
            cancellationToken);
}
