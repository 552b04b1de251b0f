using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>The user an administrator locks out.</summary>
public sealed record LockUserInput(string UserId);

/// <summary>Locks a user out until an administrator unlocks them; their open sessions end at the next security-stamp check.</summary>
public sealed class LockUser(UserAdministrationRunner runner, TimeProvider clock)
{
    public Task<SaveResult<string>> RunAsync(LockUserInput input, Actor actor, CancellationToken cancellationToken = default) =>
        runner.RunAsync(
            async context =>
            {
                var users = context.Users;
                if (await users.FindByIdAsync(input.UserId) is not { } user)
                {
                    return SaveResult<string>.Invalid(SaveResult.Form, UserMessages.UserNotFound);
                }

                if (user.Id == actor.UserId)
                {
                    return SaveResult<string>.Invalid(SaveResult.Form, UserMessages.CannotLockSelf);
                }

                if (await Administrators.IsLastActiveAsync(users, user, clock.GetUtcNow()))
                {
                    return SaveResult<string>.Invalid(SaveResult.Form, UserMessages.LastAdministrator);
                }

                return await context.RunStepsAsync(user.Id, new Func<Task<IdentityResult>>[]
                {
                    () => users.SetLockoutEnabledAsync(user, true),
                    () => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue),
                    () => users.UpdateSecurityStampAsync(user),
                });
            },
            cancellationToken);
}
