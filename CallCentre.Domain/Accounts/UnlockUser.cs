using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>The user an administrator lets sign in again.</summary>
public sealed record UnlockUserInput(string UserId);

/// <summary>Lets a locked-out user sign in again, whether an administrator or too many wrong passwords locked them.</summary>
public sealed class UnlockUser(UserAdministrationRunner runner)
{
    public Task<SaveResult<string>> RunAsync(UnlockUserInput input, Actor actor, CancellationToken cancellationToken = default) =>
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
                    () => users.SetLockoutEndDateAsync(user, null),
                    () => users.ResetAccessFailedCountAsync(user),
                    () => users.UpdateSecurityStampAsync(user),
                });
            },
            cancellationToken);
}
